#include "AutoQaCoverage.h"

#include "AutoQaRunner.h"
#include "people/AccessRules.h"
#include "storage/Database.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <cmath>
#include <limits>

namespace qadesk {
namespace {

QJsonValue shareJson(std::optional<double> share)
{
    return share ? QJsonValue(std::round(*share * 10000) / 10000) : QJsonValue();
}

std::optional<double> shareOf(int part, int whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

} // namespace

std::optional<double> AutoQaCoverage::ItemAgreement::share() const
{
    return shareOf(agreed, compared);
}

std::optional<double> AutoQaCoverage::autoCheckedShare() const
{
    return shareOf(autoChecked, contacts);
}

std::optional<double> AutoQaCoverage::evaluatedShare() const
{
    return shareOf(evaluated, contacts);
}

QString AutoQaCoverage::headline() const
{
    if (contacts == 0)
        return tr("No contacts in this period.");
    const QLocale locale;
    return tr("Auto-checked %1 % of %2 contacts; evaluated by people %3 %")
        .arg(locale.toString(100.0 * *autoCheckedShare(), 'f', 1), locale.toString(contacts),
             locale.toString(100.0 * *evaluatedShare(), 'f', 1));
}

QJsonObject AutoQaCoverage::toJson() const
{
    QJsonArray list;
    for (const auto& item : items) {
        list << QJsonObject { { QStringLiteral("scorecard"), item.scorecard },
                              { QStringLiteral("version"), item.versionNumber },
                              { QStringLiteral("item"), item.itemKey },
                              { QStringLiteral("question"), item.question },
                              { QStringLiteral("compared"), item.compared },
                              { QStringLiteral("agreed"), item.agreed },
                              { QStringLiteral("agreement"), shareJson(item.share()) } };
    }
    const auto date = [](const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return { { QStringLiteral("from"), date(from) },
             { QStringLiteral("to"), date(to) },
             { QStringLiteral("contacts"), contacts },
             { QStringLiteral("auto_checked"), autoChecked },
             { QStringLiteral("auto_checked_share"), shareJson(autoCheckedShare()) },
             { QStringLiteral("evaluated"), evaluated },
             { QStringLiteral("evaluated_share"), shareJson(evaluatedShare()) },
             { QStringLiteral("items"), list } };
}

AutoQaCoverage AutoQaCoverage::compute(const Database& db, const Actor& actor, const QDate& from, const QDate& to)
{
    AutoQaCoverage coverage;
    coverage.from = from;
    coverage.to = to;
    const qint64 start = from.isValid() ? db.time().dayStartMs(from) : std::numeric_limits<qint64>::min();
    const qint64 end = to.isValid() ? db.time().dayStartMs(to.addDays(1)) : std::numeric_limits<qint64>::max();
    const QString inScope = QStringLiteral("c.started_at >= ? AND c.started_at < ? AND %1")
                                .arg(AccessRules::visibleAgentsSql(actor, QStringLiteral("c.agent_id")));
    const QString what = QStringLiteral("count the auto-QA coverage");
    const auto count = [&](const QString& sql, const QVariantList& values) {
        return firstOf(selectRows<int>(db, sql, values, what, [](const QSqlQuery& q) { return q.value(0).toInt(); }))
            .value_or(0);
    };
    coverage.contacts = count(QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE ") + inScope, { start, end });
    coverage.evaluated = count(QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE %1 AND EXISTS (SELECT 1 FROM "
                                              "evaluations e WHERE e.contact_id = c.id AND e.submitted_at IS NOT NULL "
                                              "AND e.superseded = 0 AND e.kind <> 'calibration')")
                                   .arg(inScope),
                               { start, end });
    ScorecardRepository scorecards(db);
    for (const Channel channel : { Channel::Call, Channel::Chat, Channel::Email }) {
        const auto form = scorecards.currentFor(channel);
        const QString fingerprint = form ? AutoQaRunner::rulesFingerprint(*form) : QString();
        if (fingerprint.isEmpty())
            continue;
        coverage.autoChecked += count(QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE c.channel = ? AND %1 AND "
                                                     "EXISTS (SELECT 1 FROM auto_qa_checks k WHERE k.contact_id = c.id "
                                                     "AND k.scorecard_version_id = ? AND k.rules_fingerprint = ?)")
                                          .arg(inScope),
                                      { toCode(channel), start, end, form->id, fingerprint });
    }

    struct Row
    {
        qint64 versionId;
        QString itemKey;
        int compared;
        int agreed;
    };
    const QList<Row> rows = selectRows<Row>(
        db,
        QStringLiteral("SELECT e.scorecard_version_id, a.item_key, COUNT(*), SUM(a.agreed) FROM auto_qa_agreements a "
                       "JOIN evaluations e ON e.id = a.evaluation_id JOIN contacts c ON c.id = e.contact_id "
                       "WHERE %1 AND e.superseded = 0 AND e.kind <> 'calibration' "
                       "GROUP BY e.scorecard_version_id, a.item_key")
            .arg(inScope),
        { start, end }, what, [](const QSqlQuery& q) {
            return Row { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() };
        });
    QHash<qint64, std::optional<ScorecardVersion>> versions;
    QHash<qint64, QString> names;
    QList<std::pair<std::pair<qint64, int>, ItemAgreement>> ordered; // (version, item position) for the order
    for (const Row& row : rows) {
        if (!versions.contains(row.versionId))
            versions.insert(row.versionId, scorecards.version(row.versionId));
        const std::optional<ScorecardVersion>& version = versions.value(row.versionId);
        if (!version)
            continue;
        if (!names.contains(version->scorecardId)) {
            const auto scorecard = scorecards.find(version->scorecardId);
            names.insert(version->scorecardId, scorecard ? scorecard->name : QString());
        }
        ItemAgreement item {
            names.value(version->scorecardId), version->number, row.itemKey, {}, {}, row.compared, row.agreed
        };
        int position = 0;
        int index = 0;
        for (const auto& section : version->sections) {
            for (const auto& formItem : section.items) {
                if (formItem.key == row.itemKey) {
                    item.question = formItem.question;
                    item.rule = formItem.autoRule ? formItem.autoRule->summary() : QString();
                    position = index;
                }
                ++index;
            }
        }
        ordered.append({ { row.versionId, position }, item });
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& entry : ordered)
        coverage.items << entry.second;
    return coverage;
}

} // namespace qadesk
