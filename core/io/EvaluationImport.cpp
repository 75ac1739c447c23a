#include "EvaluationImport.h"

#include "CsvReader.h"
#include "ImportValues.h"
#include "people/AccessRules.h"
#include "scoring/AnswerSheet.h"
#include "scoring/ScoringEngine.h"
#include "storage/Aggregates.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"
#include "storage/WorkspaceChanges.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace qadesk {
namespace {

const QStringList s_contactHeaders { QStringLiteral("contact"), QStringLiteral("external_id"), QString::fromUtf8("접수번호"),
                                     QString::fromUtf8("상담번호"), QString::fromUtf8("상담ID") };
const QStringList s_evaluatorHeaders { QStringLiteral("evaluator"), QString::fromUtf8("평가자") };
const QStringList s_submittedHeaders { QStringLiteral("submitted"), QStringLiteral("submitted_at"), QString::fromUtf8("평가일"),
                                       QString::fromUtf8("평가일시") };
const QString s_commentSuffix = QStringLiteral(":comment");

// What Korean spreadsheets write for yes, no and N/A, as AnswerSheet reads them.
QString answerText(const QString& cell)
{
    static const QHash<QString, QString> s_aliases {
        { QString::fromUtf8("예"), QStringLiteral("yes") },   { QStringLiteral("y"), QStringLiteral("yes") },
        { QStringLiteral("o"), QStringLiteral("yes") },         { QString::fromUtf8("아니오"), QStringLiteral("no") },
        { QString::fromUtf8("아니요"), QStringLiteral("no") },  { QStringLiteral("n"), QStringLiteral("no") },
        { QStringLiteral("x"), QStringLiteral("no") },          { QStringLiteral("n/a"), QStringLiteral("na") },
        { QString::fromUtf8("해당없음"), QStringLiteral("na") }, { QString::fromUtf8("해당 없음"), QStringLiteral("na") },
    };
    return s_aliases.value(cell.toLower(), cell);
}

struct Parsed {
    EvaluationImportResult result;
    ScorecardVersion version;
    QList<Evaluation> evaluations;
};

// The item keys' columns and their comment columns, as positions in the header.
struct ItemColumns {
    QHash<QString, int> answer;
    QHash<QString, int> comment;
};

Parsed parse(const Database& db, const QString& path, const EvaluationImportOptions& options)
{
    Parsed parsed;
    QList<ImportProblem>& problems = parsed.result.problems;
    const QString file = QFileInfo(path).fileName();
    const auto whole = [&](const QString& message) { problems << ImportProblem { file, 0, QString(), message }; };

    const QList<Scorecard> scorecards = ScorecardRepository(db).all();
    const auto scorecard = std::find_if(scorecards.cbegin(), scorecards.cend(),
                                        [&](const Scorecard& s) { return s.name == options.scorecard; });
    if (scorecard == scorecards.cend()) {
        whole(EvaluationImport::tr("the workspace has no scorecard named \"%1\"").arg(options.scorecard));
        return parsed;
    }
    const auto version = ScorecardRepository(db).latestPublished(scorecard->id);
    if (!version) {
        whole(EvaluationImport::tr("scorecard \"%1\" has no published version").arg(options.scorecard));
        return parsed;
    }
    parsed.version = *ScorecardRepository(db).version(version->id);

    QString error;
    const auto text = TextDecoding::readFile(path, options.encoding, &error);
    if (!text) {
        whole(error);
        return parsed;
    }
    const QList<CsvRecord> records = CsvReader::parse(text->text, &error);
    if (!error.isEmpty()) {
        whole(error);
        return parsed;
    }
    if (records.isEmpty()) {
        whole(EvaluationImport::tr("the file is empty"));
        return parsed;
    }
    const QStringList names = records.first().fields;
    const CsvHeader header(names);
    const int contactColumn = header.find(s_contactHeaders);
    const int evaluatorColumn = header.find(s_evaluatorHeaders);
    const int submittedColumn = header.find(s_submittedHeaders);
    for (const auto& [column, aliases] : { std::pair { contactColumn, s_contactHeaders }, std::pair { evaluatorColumn, s_evaluatorHeaders },
                                           std::pair { submittedColumn, s_submittedHeaders } }) {
        if (column < 0)
            problems << ImportProblem { file, records.first().line, aliases.first(),
                                        EvaluationImport::tr("the header has no %1 column").arg(aliases.first()) };
    }
    ItemColumns items;
    for (int c = 0; c < names.size(); ++c) {
        const QString name = names.at(c).trimmed();
        if (c == contactColumn || c == evaluatorColumn || c == submittedColumn || name.isEmpty())
            continue;
        const bool isComment = name.endsWith(s_commentSuffix);
        const QString key = isComment ? name.chopped(s_commentSuffix.size()) : name;
        if (!parsed.version.findItem(key)) {
            problems << ImportProblem { file, records.first().line, name,
                                        EvaluationImport::tr("scorecard \"%1\" has no item with the key \"%2\"")
                                            .arg(options.scorecard, key) };
            continue;
        }
        (isComment ? items.comment : items.answer).insert(key, c);
    }
    if (!problems.isEmpty())
        return parsed;

    QHash<QString, User> users;
    for (const User& user : UserRepository(db).all())
        users.insert(user.login, user);
    QHash<qint64, Agent> agents;
    for (const Agent& agent : AgentRepository(db).all())
        agents.insert(agent.id, agent);
    const ContactRepository contacts(db);
    QSet<QString> seen; // contact + evaluator, so one row cannot be imported twice
    const auto alreadyEvaluated = [&](qint64 contactId, qint64 evaluatorId) {
        const auto rows = selectRows<int>(db,
                                          QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE contact_id = ? AND "
                                                         "evaluator_id = ? AND status <> 'draft' AND kind = 'regular'"),
                                          { contactId, evaluatorId }, QStringLiteral("look for earlier evaluations"),
                                          [](const QSqlQuery& q) { return q.value(0).toInt(); });
        return rows.value(0) > 0;
    };

    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        ++parsed.result.rows;
        const int before = int(problems.size());
        const auto cell = [&](int column) { return record.fields.value(column).trimmed(); };
        const auto problem = [&](int column, const QString& message) {
            problems << ImportProblem { file, record.line, names.value(column).trimmed(), message };
        };

        Evaluation evaluation;
        evaluation.scorecardVersionId = parsed.version.id;
        evaluation.kind = EvaluationKind::Regular;
        evaluation.status = EvaluationStatus::Submitted;
        const QString externalId = cell(contactColumn);
        const QList<qint64> ids = contacts.findIds(externalId);
        const std::optional<Contact> contact = ids.isEmpty() ? std::nullopt : contacts.find(ids.first());
        if (!contact)
            problem(contactColumn, EvaluationImport::tr("no contact has the id \"%1\"; import the contacts first").arg(externalId));
        const QString login = cell(evaluatorColumn);
        const auto user = users.constFind(login);
        if (user == users.cend())
            problem(evaluatorColumn, EvaluationImport::tr("no user has the login \"%1\"").arg(login));
        else if (user->role != Role::Evaluator && user->role != Role::Manager && user->role != Role::Admin)
            problem(evaluatorColumn, EvaluationImport::tr("%1 is not a QA evaluator, manager or administrator").arg(login));
        // A date alone is the start of that day in the centre's zone, so the evaluation keeps its day and month.
        static const QRegularExpression s_dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate day = s_dateOnly.match(cell(submittedColumn)).hasMatch()
            ? QDate::fromString(cell(submittedColumn), Qt::ISODate)
            : QDate();
        const auto submitted = day.isValid() ? std::optional(db.time().at(day, QTime(0, 0)))
                                             : ImportValues::dateTime(cell(submittedColumn), db.time().zone());
        if (!submitted)
            problem(submittedColumn, EvaluationImport::tr("\"%1\" is not a date (YYYY-MM-DD, optionally with HH:MM)")
                                         .arg(cell(submittedColumn)));

        QJsonObject answers;
        for (auto it = items.answer.cbegin(); it != items.answer.cend(); ++it) {
            if (!cell(it.value()).isEmpty())
                answers.insert(it.key(), answerText(cell(it.value())));
        }
        QStringList answerErrors;
        const auto read = AnswerSheet::read(QJsonDocument(QJsonObject { { QStringLiteral("answers"), answers } }).toJson(),
                                            parsed.version, &answerErrors);
        for (const QString& answerError : answerErrors) {
            // "answers.<key>: message" → the key's column.
            const QString key = answerError.section(QLatin1Char(':'), 0, 0).mid(QStringLiteral("answers.").size());
            problems << ImportProblem { file, record.line, names.value(items.answer.value(key, -1), key).trimmed(),
                                        answerError.section(QStringLiteral(": "), 1) };
        }
        if (read) {
            evaluation.answers = *read;
            for (Answer& answer : evaluation.answers)
                answer.comment = cell(items.comment.value(answer.itemKey, -1));
            const ScoreResult score = scoreEvaluation(parsed.version, evaluation.answers);
            for (const QString& key : score.missingComments)
                problems << ImportProblem { file, record.line, key + s_commentSuffix,
                                            EvaluationImport::tr("a failed \"%1\" needs a comment").arg(key) };
            evaluation.score = score.score;
            evaluation.rawScore = score.rawScore;
            evaluation.criticalFailed = score.criticalFailed;
        }
        if (int(problems.size()) > before)
            continue;
        const QString pair = QStringLiteral("%1\n%2").arg(contact->id).arg(user->id);
        if (seen.contains(pair) || alreadyEvaluated(contact->id, user->id)) {
            problem(contactColumn, EvaluationImport::tr("%1 has already evaluated contact %2").arg(login, externalId));
            continue;
        }
        seen.insert(pair);
        evaluation.contactId = contact->id;
        evaluation.agentId = contact->agentId;
        evaluation.teamId = agents.value(contact->agentId).teamId;
        evaluation.evaluatorId = user->id;
        evaluation.submittedBy = login;
        evaluation.createdAt = evaluation.updatedAt = evaluation.submittedAt = *submitted;
        parsed.evaluations << evaluation;
    }
    return parsed;
}

} // namespace

EvaluationImportResult EvaluationImport::check(const Database& database, const QString& path,
                                               const EvaluationImportOptions& options)
{
    return parse(database, path, options).result;
}

EvaluationImportResult EvaluationImport::run(const Database& database, const Actor& actor, const QString& path,
                                             const EvaluationImportOptions& options)
{
    AccessRules::require(actor, Action::ImportHistory);
    Parsed parsed = parse(database, path, options);
    if (!parsed.result.problems.isEmpty() || parsed.evaluations.isEmpty())
        return parsed.result;
    Transaction transaction(database);
    EvaluationWriter writer(database, parsed.version);
    const AuditLog audit(database);
    const QString source = QFileInfo(path).fileName();
    QList<qint64> ids;
    for (const Evaluation& evaluation : parsed.evaluations) {
        const qint64 id = writer.insert(evaluation);
        ids << id;
        audit.record(actor.login, QStringLiteral("evaluation"), id, QStringLiteral("import"), {},
                     QJsonObject { { QStringLiteral("file"), source },
                                   { QStringLiteral("evaluator"), evaluation.submittedBy },
                                   { QStringLiteral("score"), evaluation.score ? QJsonValue(*evaluation.score) : QJsonValue() } });
    }
    Aggregates::refresh(database, Aggregates::monthsOf(database, ids));
    WorkspaceChanges::announce(database, Change::Import, 0);
    transaction.commit();
    parsed.result.imported = int(parsed.evaluations.size());
    return parsed.result;
}

} // namespace qadesk
