#include "ContactImport.h"

#include "CsvReader.h"
#include "ImportValues.h"
#include "RecordingProbe.h"
#include "TranscriptReader.h"
#include "people/AccessRules.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/RecordingRoots.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/WorkspaceChanges.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <map>

namespace qadesk {
namespace {

// The manifest's columns: the documented name first, then accepted aliases (Korean exports use Korean headers).
enum Column {
    ExternalId, ChannelColumn, AgentId, AgentName, TeamName, StartedAt, Duration, DirectionColumn, Queue,
    Handle, Hold, AfterCallWork, Fcr, Csat, Nps, RecordingPath, TranscriptPath, ColumnCount
};

const QList<QStringList>& columnNames()
{
    static const QList<QStringList> s_names {
        { QStringLiteral("external_id"), QStringLiteral("id"), QStringLiteral("접수번호"), QStringLiteral("상담번호") },
        { QStringLiteral("channel"), QStringLiteral("채널") },
        { QStringLiteral("agent_id"), QStringLiteral("employee_id"), QStringLiteral("사번"), QStringLiteral("상담사사번") },
        { QStringLiteral("agent_name"), QStringLiteral("상담사"), QStringLiteral("상담사명") },
        { QStringLiteral("team"), QStringLiteral("팀") },
        { QStringLiteral("started_at"), QStringLiteral("start_time"), QStringLiteral("시작시각"), QStringLiteral("시작일시") },
        { QStringLiteral("duration_s"), QStringLiteral("duration"), QStringLiteral("통화시간"), QStringLiteral("상담시간") },
        { QStringLiteral("direction"), QStringLiteral("방향") },
        { QStringLiteral("queue"), QStringLiteral("큐"), QStringLiteral("대기열") },
        { QStringLiteral("handle_s"), QStringLiteral("처리시간") },
        { QStringLiteral("hold_s"), QStringLiteral("보류시간") },
        { QStringLiteral("acw_s"), QStringLiteral("후처리시간") },
        { QStringLiteral("fcr"), QStringLiteral("1차해결") },
        { QStringLiteral("csat"), QStringLiteral("만족도") },
        { QStringLiteral("nps") },
        { QStringLiteral("recording"), QStringLiteral("recording_path"), QStringLiteral("녹취파일") },
        { QStringLiteral("transcript"), QStringLiteral("transcript_path"), QStringLiteral("대화파일") },
    };
    return s_names;
}

std::optional<Channel> channelOf(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key == u"전화" || key == u"콜" || key == QLatin1String("voice"))
        return Channel::Call;
    if (key == u"채팅")
        return Channel::Chat;
    if (key == u"이메일" || key == QLatin1String("e-mail"))
        return Channel::Email;
    return fromCode<Channel>(key);
}

std::optional<Direction> directionOf(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("ib") || key == u"수신" || key == u"인바운드")
        return Direction::Inbound;
    if (key == QLatin1String("ob") || key == u"발신" || key == u"아웃바운드")
        return Direction::Outbound;
    return fromCode<Direction>(key);
}

constexpr int s_maxSeconds = 7 * 24 * 3600;
const QStringList s_writtenTables { QStringLiteral("teams"),         QStringLiteral("agents"),
                                    QStringLiteral("contacts"),      QStringLiteral("recordings"),
                                    QStringLiteral("chat_messages"), QStringLiteral("audit_log") };

class RowChecker {
public:
    // headers: what the manifest calls each column, so problems name the column as the file does. Throws
    // StorageError when the workspace cannot be read.
    RowChecker(const Database& database, const QString& manifestPath, const QStringList& headers,
               const ContactImportOptions& options, ImportPlan* plan)
        : m_contacts(database)
        , m_database(database)
        , m_manifest(manifestPath)
        , m_headers(headers)
        , m_folder(QFileInfo(manifestPath).absoluteDir())
        , m_options(options)
        , m_plan(plan)
    {
        // One read of every agent instead of a query per row: a manifest may name a hundred thousand.
        for (const Agent& agent : AgentRepository(database).all())
            m_knownAgents.insert(agent.employeeId, agent.id);
    }

    // Reads which of the manifest's external ids the workspace has already, in batches, instead of once a row.
    void readExistingIds(const QList<CsvRecord>& records, const QList<int>& positions)
    {
        std::map<Channel, QStringList> named;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const auto field
                = [&](Column column) { return records.at(i).fields.value(positions.at(column)).trimmed(); };
            const QString externalId = field(ExternalId);
            if (const auto channel = channelOf(field(ChannelColumn)); channel && !externalId.isEmpty())
                named[*channel].append(externalId);
        }
        for (const auto& [channel, externalIds] : named) {
            for (const QString& externalId : m_contacts.existingExternalIds(channel, externalIds))
                m_existing.insert(toCode(channel) + QLatin1Char('/') + externalId);
        }
    }

    void check(const CsvRecord& record, const QList<int>& positions)
    {
        m_line = record.line;
        m_bad = false;
        const auto field = [&](Column column) {
            const int position = positions.at(column);
            return position >= 0 ? record.fields.value(position).trimmed() : QString();
        };
        const auto name = [this](Column column) { return m_headers.at(column); };

        ImportRow row;
        row.line = record.line;
        Contact& contact = row.contact;

        contact.externalId = field(ExternalId);
        const auto channel = channelOf(field(ChannelColumn));
        if (contact.externalId.isEmpty())
            problem(name(ExternalId), ContactImport::tr("is empty"));
        if (!channel) {
            problem(name(ChannelColumn), ContactImport::tr("\"%1\" is not call, chat or email").arg(field(ChannelColumn)));
        } else {
            contact.channel = *channel;
            if (!contact.externalId.isEmpty())
                checkUnique(contact.channel, contact.externalId);
        }

        row.agentEmployeeId = field(AgentId);
        if (row.agentEmployeeId.isEmpty())
            problem(name(AgentId), ContactImport::tr("is empty"));
        else
            contact.agentId = agentFor(row.agentEmployeeId, field(AgentName), field(TeamName));

        if (const auto startedAt = ImportValues::dateTime(field(StartedAt), m_options.timeZone))
            contact.startedAt = *startedAt;
        else
            problem(name(StartedAt), ContactImport::tr("\"%1\" is not %2").arg(field(StartedAt), ImportValues::expectedDateTime()));

        if (const auto direction = directionOf(field(DirectionColumn)))
            contact.direction = *direction;
        else
            problem(name(DirectionColumn), ContactImport::tr("\"%1\" is not inbound or outbound").arg(field(DirectionColumn)));
        contact.queue = field(Queue);

        const auto optionalNumber = [&](Column column, int min, int max, std::optional<int>* target) {
            const QString text = field(column);
            if (text.isEmpty())
                return;
            *target = ImportValues::integer(text, min, max);
            if (!*target)
                problem(name(column), ContactImport::tr("must be a whole number from %1 to %2, not \"%3\"").arg(min).arg(max).arg(text));
        };
        std::optional<int> duration;
        optionalNumber(Duration, 0, s_maxSeconds, &duration);
        optionalNumber(Handle, 0, s_maxSeconds, &contact.handleSeconds);
        optionalNumber(Hold, 0, s_maxSeconds, &contact.holdSeconds);
        optionalNumber(AfterCallWork, 0, s_maxSeconds, &contact.afterCallWorkSeconds);
        optionalNumber(Csat, 1, 5, &contact.csat);
        optionalNumber(Nps, 0, 10, &contact.nps);
        if (!field(Fcr).isEmpty()) {
            contact.firstContactResolution = ImportValues::flag(field(Fcr));
            if (!contact.firstContactResolution)
                problem(name(Fcr), ContactImport::tr("\"%1\" is not %2").arg(field(Fcr), ImportValues::expectedFlag()));
        }

        const QString recording = field(RecordingPath);
        const QString transcript = field(TranscriptPath);
        if (channel == Channel::Call) {
            if (!transcript.isEmpty())
                problem(name(TranscriptPath), ContactImport::tr("a call has a recording, not a transcript"));
            if (!recording.isEmpty())
                checkRecording(recording, &contact);
        } else if (channel) {
            if (!recording.isEmpty())
                problem(name(RecordingPath), ContactImport::tr("only calls have recordings"));
            if (transcript.isEmpty())
                problem(name(TranscriptPath), ContactImport::tr("a chat or e-mail needs its transcript"));
            else
                checkTranscript(transcript, &contact);
        }

        if (duration) {
            contact.durationSeconds = *duration;
        } else if (contact.recording) {
            contact.durationSeconds = int((contact.recording->durationMs + 500) / 1000);
        } else if (contact.messages.size() > 1) {
            contact.durationSeconds = int(contact.messages.first().sentAt.secsTo(contact.messages.last().sentAt));
        } else if (field(Duration).isEmpty() && recording.isEmpty() && transcript.isEmpty()) {
            // (a recording or transcript that failed has its own problem already)
            problem(name(Duration), ContactImport::tr("is empty, and there is no recording or transcript to measure"));
        }

        if (m_bad)
            m_plan->badLines.insert(m_line);
        else
            m_plan->goodRows.append(std::move(row));
    }

    // Problems inside referenced transcripts, listed after the manifest's own.
    const QList<ImportProblem>& transcriptProblems() const { return m_transcriptProblems; }

private:
    void problem(const QString& column, const QString& message)
    {
        m_plan->problems.append(ImportProblem { m_manifest, m_line, column, message });
        m_bad = true;
    }

    void checkUnique(Channel channel, const QString& externalId)
    {
        const QString key = toCode(channel) + QLatin1Char('/') + externalId;
        if (const int earlier = m_seen.value(key); earlier > 0) {
            problem(m_headers.at(ExternalId), ContactImport::tr("\"%1\" repeats line %2").arg(externalId).arg(earlier));
            return;
        }
        m_seen.insert(key, m_line);
        if (m_existing.contains(key))
            problem(m_headers.at(ExternalId), ContactImport::tr("\"%1\" is already in the workspace").arg(externalId));
    }

    qint64 agentFor(const QString& employeeId, const QString& name, const QString& team)
    {
        if (const auto known = m_knownAgents.constFind(employeeId); known != m_knownAgents.cend())
            return *known;
        qsizetype& unknown = m_unknownAgentIndex[employeeId];
        if (unknown == 0) {
            m_plan->unknownAgents.append(UnknownAgent { employeeId, name.isEmpty() ? employeeId : name, team, {} });
            unknown = m_plan->unknownAgents.size(); // from 1: 0 is "not seen yet"
        }
        m_plan->unknownAgents[unknown - 1].lines.append(m_line);
        if (!m_options.createUnknownAgents) {
            problem(m_headers.at(AgentId),
                    ContactImport::tr("no agent has employee id \"%1\"; choose to create unknown agents to add it")
                        .arg(employeeId));
        }
        return 0;
    }

    QString resolve(const QString& path) const
    {
        return QDir::cleanPath(m_folder.absoluteFilePath(path));
    }

    void checkRecording(const QString& path, Contact* contact)
    {
        const QString absolute = resolve(path);
        QString error;
        const auto info = RecordingProbe::probe(absolute, &error);
        if (!info) {
            problem(m_headers.at(RecordingPath), QStringLiteral("%1: %2").arg(path, error));
            return;
        }
        if (info->durationMs > qint64(s_maxSeconds) * 1000) {
            problem(m_headers.at(RecordingPath),
                    ContactImport::tr("%1: the recording lasts %2 s, longer than a contact may (%3 s)")
                        .arg(path)
                        .arg(info->durationMs / 1000)
                        .arg(s_maxSeconds));
            return;
        }
        QString stored = ContactImport::storedMediaPath(m_database, absolute);
        if (!m_options.recordingRoot.isEmpty()) {
            const auto rooted
                = RecordingRoots::inRoot(m_options.recordingRoot, m_options.recordingRootFolder, absolute);
            if (!rooted) {
                problem(m_headers.at(RecordingPath),
                        m_options.recordingRootFolder.isEmpty()
                            ? ContactImport::tr("%1: this computer has no folder for the recordings root %2 (File → "
                                                "Recordings folders…)")
                                  .arg(path, m_options.recordingRoot)
                            : ContactImport::tr("%1: the recording is outside %2, the folder of the recordings root %3")
                                  .arg(path, QDir::toNativeSeparators(m_options.recordingRootFolder),
                                       m_options.recordingRoot));
                return;
            }
            stored = RecordingRoots::stored(*rooted);
        }
        contact->recording = Recording { stored, info->durationMs,
                                         info->channels, info->channels > 1 ? m_options.agentChannel : 0 };
    }

    void checkTranscript(const QString& path, Contact* contact)
    {
        const QString absolute = resolve(path);
        if (!QFileInfo::exists(absolute)) {
            problem(m_headers.at(TranscriptPath), ContactImport::tr("%1: the transcript does not exist").arg(path));
            return;
        }
        TranscriptReader::Options options;
        options.encoding = m_options.encoding;
        options.timeZone = m_options.timeZone;
        QList<ImportProblem> transcriptProblems;
        const auto transcript = TranscriptReader::readFile(absolute, options, &transcriptProblems);
        if (!transcript) {
            problem(m_headers.at(TranscriptPath),
                    ContactImport::tr("%1: has problems, listed under that file").arg(path));
            m_transcriptProblems.append(transcriptProblems);
            return;
        }
        contact->messages = transcript->messages;
    }

    ContactRepository m_contacts;
    const Database& m_database;
    QString m_manifest;
    QStringList m_headers;
    QDir m_folder;
    const ContactImportOptions& m_options;
    ImportPlan* m_plan;
    QHash<QString, int> m_seen; // channel/external id → line
    QSet<QString> m_existing; // channel/external id, of the manifest's that the workspace has already
    QHash<QString, qint64> m_knownAgents; // employee id → id, of every agent in the workspace
    QHash<QString, qsizetype> m_unknownAgentIndex; // employee id → 1 + its place in m_plan->unknownAgents
    QList<ImportProblem> m_transcriptProblems;
    int m_line = 0;
    bool m_bad = false;
};

// SQLite's page cache (2 MB by default) is raised while a large import writes, so its pages stay in memory until the
// commit instead of spilling to the write-ahead log one by one; restored afterwards.
class CacheForBulkWrites {
public:
    explicit CacheForBulkWrites(const Database& database)
        : m_database(database)
    {
        if (database.dialect() != SqlDialect::SQLite)
            return;
        m_previous
            = selectRows<int>(database, QStringLiteral("PRAGMA cache_size"), {}, QStringLiteral("read the cache size"),
                              [](const QSqlQuery& q) { return q.value(0).toInt(); })
                  .value(0);
        execWith(database, QStringLiteral("PRAGMA cache_size = -131072"), {}, QStringLiteral("raise the cache size"));
    }
    ~CacheForBulkWrites()
    {
        if (m_previous) // not execWith: a destructor must not throw
            QSqlQuery(m_database.sql()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    }
    Q_DISABLE_COPY_MOVE(CacheForBulkWrites)

private:
    const Database& m_database;
    std::optional<int> m_previous;
};

} // namespace

QString ContactImport::storedMediaPath(const Database& database, const QString& absolutePath)
{
    const QString folder = database.folder();
    if (folder.isEmpty())
        return absolutePath;
    const QString relative = QDir(folder).relativeFilePath(absolutePath);
    return relative.startsWith(QLatin1String("..")) ? absolutePath : relative;
}

ImportPlan ContactImport::check(const Database& database, const QString& manifestPath,
                                const ContactImportOptions& options, const Progress& progress)
{
    ImportPlan plan;
    plan.manifestPath = manifestPath;
    QString error;
    const auto decoded = TextDecoding::readFile(manifestPath, options.encoding, &error);
    if (!decoded) {
        plan.problems.append(ImportProblem { manifestPath, 0, {}, error.mid(manifestPath.size() + 2) });
        return plan;
    }
    plan.encoding = decoded->encoding;
    const QList<CsvRecord> records = CsvReader::parse(decoded->text, &error);
    if (!error.isEmpty() || records.size() < 2) {
        plan.problems.append(ImportProblem { manifestPath, 0, {}, error.isEmpty() ? tr("the manifest has no data rows") : error });
        return plan;
    }

    const CsvHeader header(records.first().fields);
    QList<int> positions;
    QStringList headers; // as the file writes them (사번, not agent_id); the documented name of an absent column
    for (const QStringList& names : columnNames()) {
        positions.append(header.find(names));
        headers.append(positions.last() >= 0 ? records.first().fields.at(positions.last()).trimmed() : names.first());
    }
    for (const Column required : { ExternalId, ChannelColumn, AgentId, StartedAt }) {
        if (positions.at(required) < 0) {
            plan.problems.append(ImportProblem { manifestPath, records.first().line, columnNames().at(required).first(),
                                                 tr("the header has no such column (see docs/formats/contacts.md)") });
        }
    }
    if (!plan.problems.isEmpty())
        return plan;

    plan.rowCount = int(records.size()) - 1;
    plan.goodRows.reserve(plan.rowCount); // most rows of a large file are good: one allocation, not a growing copy
    try {
        RowChecker checker(database, manifestPath, headers, options, &plan);
        checker.readExistingIds(records, positions);
        const QString fileName = QFileInfo(manifestPath).fileName();
        qsizetype reportedPercent = -1;
        for (qsizetype i = 1; i < records.size(); ++i) {
            // Once a percent: a message for each of a hundred thousand rows would cost more than checking them.
            if (const qsizetype percent = (i - 1) * 100 / plan.rowCount; progress && percent != reportedPercent) {
                reportedPercent = percent;
                if (!progress(double(i - 1) / plan.rowCount,
                              tr("Checking line %1 of %2").arg(records.at(i).line).arg(fileName))) {
                    plan.cancelled = true;
                    return plan;
                }
            }
            checker.check(records.at(i), positions);
        }
        plan.problems.append(checker.transcriptProblems());
    } catch (const StorageError& e) {
        // A damaged or incomplete workspace: the rows cannot be checked against it, so nothing may be imported.
        plan.workspaceError
            = tr("%1 could not be read while checking the rows: %2").arg(database.displayName(), e.message());
        plan.problems.append(ImportProblem { database.displayName(), 0, {}, plan.workspaceError });
        return plan;
    }
    if (progress)
        progress(1.0, tr("Checked every row"));
    return plan;
}

std::optional<ImportSummary> ContactImport::apply(const Database& database, const ImportPlan& plan, bool goodRowsOnly,
                                                  const Actor& actor, const Progress& progress, QString* error)
{
    if (const Decision allowed = AccessRules::check(actor, Action::ImportContacts); !allowed) {
        *error = allowed.reason;
        return std::nullopt;
    }
    if (plan.cancelled || plan.fileUnreadable() || !plan.workspaceError.isEmpty()) {
        *error = tr("%1 was not checked completely; nothing was imported.").arg(plan.manifestPath);
        return std::nullopt;
    }
    // quick_check at opening does not compare indexes with their tables, and writing through a damaged index
    // spreads the damage: check the tables the import writes, with their indexes, first.
    QString damage;
    if (!database.verifyIntegrity(&damage, Database::IntegrityCheck::Full, s_writtenTables)) {
        *error = tr("Nothing was imported: %1").arg(damage);
        return std::nullopt;
    }
    if (!plan.problems.isEmpty() && !goodRowsOnly) {
        // No %n plurals in core messages: the command line prints them without a translator.
        *error = tr("Nothing was imported: %1 has problems (%2 in all). Fix them, or import only the good rows.")
                     .arg(plan.manifestPath)
                     .arg(plan.problems.size());
        return std::nullopt;
    }
    ImportSummary summary;
    summary.rowsSkipped = int(plan.badLines.size());
    try {
        CacheForBulkWrites cache(database);
        Transaction transaction(database);
        TeamRepository teams(database);
        AgentRepository agents(database);
        QHash<QString, qint64> teamIds;
        for (const Team& team : teams.all())
            teamIds.insert(team.name, team.id);

        // Only the agents some good row needs: a rejected row must not leave its agent behind.
        QSet<QString> needed;
        for (const ImportRow& row : plan.goodRows) {
            if (row.contact.agentId == 0)
                needed.insert(row.agentEmployeeId);
        }
        QHash<QString, qint64> createdAgents;
        for (const UnknownAgent& unknown : plan.unknownAgents) {
            if (!needed.contains(unknown.employeeId))
                continue;
            qint64 teamId = 0;
            if (!unknown.team.isEmpty()) {
                teamId = teamIds.value(unknown.team);
                if (teamId == 0) {
                    teamId = teams.add(Team { 0, unknown.team, {} });
                    teamIds.insert(unknown.team, teamId);
                    ++summary.teamsCreated;
                }
            }
            createdAgents.insert(unknown.employeeId, agents.add(Agent { 0, unknown.employeeId, unknown.name, teamId, {}, true }));
            ++summary.agentsCreated;
        }

        ContactWriter writer(database);
        const int total = int(plan.goodRows.size());
        int reportedPercent = -1;
        for (const ImportRow& row : plan.goodRows) {
            if (const int percent = int(qint64(summary.contactsAdded) * 100 / std::max(total, 1));
                progress && percent != reportedPercent) { // once a percent, as check() does
                reportedPercent = percent;
                if (!progress(double(summary.contactsAdded) / std::max(total, 1), tr("Writing line %1").arg(row.line))) {
                    *error = tr("The import was cancelled; nothing was imported.");
                    return std::nullopt;
                }
            }
            Contact contact = row.contact;
            if (contact.agentId == 0)
                contact.agentId = createdAgents.value(row.agentEmployeeId);
            writer.insert(contact);
            ++summary.contactsAdded;
        }
        AuditLog(database).record(actor.login, QStringLiteral("import"), 0, QStringLiteral("contacts"), {},
                                  QJsonObject { { QStringLiteral("file"), plan.manifestPath },
                                                { QStringLiteral("contacts"), summary.contactsAdded },
                                                { QStringLiteral("agents_created"), summary.agentsCreated },
                                                { QStringLiteral("rows_skipped"), summary.rowsSkipped } });
        WorkspaceChanges::announce(database, Change::Import, 0);
        transaction.commit();
    } catch (const StorageError& e) {
        *error = tr("The import failed and nothing was imported: %1").arg(e.message());
        return std::nullopt;
    }
    if (progress)
        progress(1.0, tr("Import finished"));
    return summary;
}

} // namespace qadesk
