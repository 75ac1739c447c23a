#include "AutoQaRunner.h"

#include "AutoQaMeasures.h"
#include "AutoQaStore.h"
#include "people/AccessRules.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/JobPool.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QPromise>
#include <QtConcurrent>
#include <limits>

namespace qadesk {
namespace {

QList<qint64> contactsIn(const Database& db, const Actor& actor, const QDate& from, const QDate& to)
{
    const qint64 start = from.isValid() ? db.time().dayStartMs(from) : std::numeric_limits<qint64>::min();
    const qint64 end = to.isValid() ? db.time().dayStartMs(to.addDays(1)) : std::numeric_limits<qint64>::max();
    return selectRows<qint64>(db,
                              QStringLiteral("SELECT c.id FROM contacts c WHERE c.started_at >= ? AND c.started_at < ? "
                                             "AND %1 ORDER BY c.id")
                                  .arg(AccessRules::visibleAgentsSql(actor, QStringLiteral("c.agent_id"))),
                              { start, end }, QStringLiteral("list the contacts to check"),
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

AutoQaRunner::Summary checkAll(const Database& db, const Actor& actor, const QList<qint64>& ids,
                               const AutoQaRunner::Progress& progress, const AutoQaRunner::Cancel& cancel)
{
    AccessRules::require(actor, Action::Evaluate);
    AutoQaRunner::Summary summary;
    summary.contacts = int(ids.size());
    ScorecardRepository scorecards(db);
    ContactRepository contacts(db);
    const AutoQaStore store(db);
    QHash<Channel, std::optional<ScorecardVersion>> forms; // the form the Evaluate page offers, per channel
    for (int done = 0; done < ids.size(); ++done) {
        if (cancel && cancel()) {
            summary.cancelled = true;
            break;
        }
        if (progress)
            progress(done, int(ids.size()));
        const qint64 id = ids.at(done);
        try {
            const auto contact = contacts.find(id);
            if (!contact)
                continue; // deleted meanwhile
            if (!forms.contains(contact->channel))
                forms.insert(contact->channel, scorecards.currentFor(contact->channel));
            const std::optional<ScorecardVersion>& form = forms.value(contact->channel);
            const QString fingerprint = form ? AutoQaRunner::rulesFingerprint(*form) : QString();
            if (fingerprint.isEmpty()) {
                ++summary.withoutRules;
                continue;
            }
            if (store.checkedUnder(id, form->id) == fingerprint) {
                ++summary.upToDate;
                continue;
            }
            const ContactMeasures measures = measureContactForAutoQa(db, *contact, cancel);
            if (cancel && cancel()) {
                summary.cancelled = true; // the decode was stopped: its measures are incomplete, store nothing
                break;
            }
            const QList<AutoQaSuggestion> suggestions = AutoQaEngine::suggestAll(*form, *contact, measures);
            store.storeCheck(id, form->id, fingerprint, suggestions, db.time().now());
            ++summary.checked;
            summary.suggestions += int(suggestions.size());
        } catch (const StorageError& e) {
            summary.problems << AutoQaRunner::tr("Contact %1: %2").arg(id).arg(e.message());
        }
    }
    if (progress && !summary.cancelled)
        progress(int(ids.size()), int(ids.size()));
    return summary;
}

QFuture<AutoQaRunner::Summary> startWith(const Database& database, const Actor& actor,
                                         std::function<QList<qint64>(const Database&)> list)
{
    // The worker opens its own connection: a connection belongs to the thread that opened it.
    if (!database.canOpenSibling()) {
        AutoQaRunner::Summary refused;
        refused.problems << Database::tr("An in-memory workspace cannot be shared with another thread.");
        return QtFuture::makeReadyFuture(refused);
    }
    return QtConcurrent::run(jobPool(), [&database, actor, list](QPromise<AutoQaRunner::Summary>& promise) {
        AutoQaRunner::Summary summary;
        QString openError;
        const auto own = database.openSibling(&openError);
        if (!own) {
            summary.problems << openError;
            promise.addResult(summary);
            return;
        }
        try {
            const QList<qint64> ids = list(*own);
            promise.setProgressRange(0, int(ids.size()));
            summary = checkAll(
                *own, actor, ids, [&promise](int done, int) { promise.setProgressValue(done); },
                [&promise] { return promise.isCanceled(); });
        } catch (const AccessDenied& e) {
            summary.problems << e.message();
        } catch (const StorageError& e) {
            summary.problems << e.message();
        }
        promise.addResult(summary);
    });
}

} // namespace

QJsonObject AutoQaRunner::Summary::toJson() const
{
    return { { QStringLiteral("contacts"), contacts },
             { QStringLiteral("checked"), checked },
             { QStringLiteral("up_to_date"), upToDate },
             { QStringLiteral("without_rules"), withoutRules },
             { QStringLiteral("suggestions"), suggestions },
             { QStringLiteral("cancelled"), cancelled },
             { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } };
}

AutoQaRunner::Summary AutoQaRunner::run(const Database& database, const Actor& actor, const QDate& from,
                                        const QDate& to, const Progress& progress, const Cancel& cancel)
{
    AccessRules::require(actor, Action::Evaluate);
    return checkAll(database, actor, contactsIn(database, actor, from, to), progress, cancel);
}

QFuture<AutoQaRunner::Summary> AutoQaRunner::start(const Database& database, const Actor& actor, const QDate& from,
                                                   const QDate& to)
{
    return startWith(database, actor,
                     [actor, from, to](const Database& own) { return contactsIn(own, actor, from, to); });
}

QString AutoQaRunner::rulesFingerprint(const ScorecardVersion& version)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    bool any = false;
    for (const auto& section : version.sections) {
        for (const auto& item : section.items) {
            if (!item.autoRule)
                continue;
            any = true;
            hash.addData(item.key.toUtf8());
            hash.addData(QByteArrayView("\x1f"));
            hash.addData(item.autoRule->fingerprint().toLatin1());
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    if (!any)
        return {};
    // The version too: a new version with the same rules still has other item ids and options to point at.
    return QString::number(version.id) + QLatin1Char(':') + QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace qadesk
