#include "ScorecardRepository.h"

#include "AuditLog.h"
#include "RowVersion.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "people/AccessRules.h"
#include "WorkspaceChanges.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace qadesk {
namespace {

const QLatin1String s_versionColumns(
    "id, scorecard_id, number, status, created_at, published_at, published_by, change_note, row_version");

ScorecardVersion toVersionHeader(const QSqlQuery& q)
{
    ScorecardVersion v;
    v.id = q.value(0).toLongLong();
    v.scorecardId = q.value(1).toLongLong();
    v.number = q.value(2).toInt();
    v.status = fromCode<VersionStatus>(q.value(3).toString()).value_or(VersionStatus::Draft);
    v.createdAt = timeFromDb(q.value(4));
    v.publishedAt = timeFromDb(q.value(5));
    v.publishedBy = q.value(6).toString();
    v.changeNote = q.value(7).toString();
    v.rowVersion = q.value(8).toInt();
    return v;
}

Scorecard toScorecard(const QSqlQuery& q)
{
    Scorecard s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.description = q.value(2).toString();
    if (!q.value(3).isNull())
        s.channel = fromCode<Channel>(q.value(3).toString());
    s.retired = q.value(4).toBool();
    return s;
}

QJsonObject versionSummary(const ScorecardVersion& v)
{
    return QJsonObject { { QStringLiteral("scorecard_id"), v.scorecardId },
                         { QStringLiteral("number"), v.number },
                         { QStringLiteral("status"), toCode(v.status) },
                         { QStringLiteral("items"), v.itemCount() } };
}

// The same sections, items and options in the same order; ids, numbers and dates differ between versions anyway.
bool sameContent(const ScorecardVersion& a, const ScorecardVersion& b)
{
    const auto content = [](QList<ScorecardSection> sections) {
        for (auto& section : sections) {
            section.id = 0;
            for (auto& item : section.items)
                item.id = 0;
        }
        return sections;
    };
    return content(a.sections) == content(b.sections);
}

} // namespace

ScorecardRepository::ScorecardRepository(const Database& database)
    : m_db(database)
{
}

qint64 ScorecardRepository::create(const Scorecard& scorecard, const ScorecardVersion& version,
                                   const QString& actor) const
{
    const QString what = QStringLiteral("create scorecard %1").arg(scorecard.name);
    Transaction transaction(m_db);
    const qint64 id = insertWith(
        m_db, QStringLiteral("INSERT INTO scorecards (name, description, channel, retired) VALUES (?, ?, ?, ?)"),
        { scorecard.name, scorecard.description, scorecard.channel ? QVariant(toCode(*scorecard.channel)) : QVariant(),
          int(scorecard.retired) },
        what);
    const qint64 versionId = insertWith(
        m_db,
        QStringLiteral("INSERT INTO scorecard_versions (scorecard_id, number, status, created_at, change_note) "
                       "VALUES (?, 1, 'draft', ?, ?)"),
        { id, m_db.time().nowMs(), version.changeNote }, what);
    writeContent(versionId, version);
    AuditLog(m_db).record(actor, QStringLiteral("scorecard"), id, QStringLiteral("create"), {},
                          QJsonObject { { QStringLiteral("name"), scorecard.name } });
    transaction.commit();
    return id;
}

void ScorecardRepository::setRetired(qint64 scorecardId, bool retired, const Actor& actor) const
{
    AccessRules::require(actor, Action::PublishScorecard);
    Transaction transaction(m_db);
    const auto before = find(scorecardId);
    if (!before)
        throw StorageError(QCoreApplication::translate("Storage", "Scorecard %1 does not exist.").arg(scorecardId));
    execWith(m_db, QStringLiteral("UPDATE scorecards SET retired = ? WHERE id = ?"), { int(retired), scorecardId },
             QStringLiteral("retire scorecard %1").arg(before->name));
    AuditLog(m_db).record(
        actor.login, QStringLiteral("scorecard"), scorecardId, QStringLiteral("update"),
        QJsonObject { { QStringLiteral("name"), before->name }, { QStringLiteral("retired"), before->retired } },
        QJsonObject { { QStringLiteral("name"), before->name }, { QStringLiteral("retired"), retired } });
    transaction.commit();
}

std::optional<Scorecard> ScorecardRepository::find(qint64 id) const
{
    return firstOf(selectRows<Scorecard>(
        m_db, QStringLiteral("SELECT id, name, description, channel, retired FROM scorecards WHERE id = ?"), { id },
        QStringLiteral("read scorecard %1").arg(id), toScorecard));
}

std::optional<ScorecardVersion> ScorecardRepository::latestPublishedNamed(const QString& name) const
{
    const QList<Scorecard> scorecards = all();
    const auto scorecard = std::find_if(scorecards.cbegin(), scorecards.cend(), [&](const Scorecard& s) { return s.name == name; });
    if (scorecard == scorecards.cend())
        return std::nullopt;
    const auto published = latestPublished(scorecard->id);
    return published ? version(published->id) : std::nullopt;
}

QList<Scorecard> ScorecardRepository::all() const
{
    return selectRows<Scorecard>(
        m_db, QStringLiteral("SELECT id, name, description, channel, retired FROM scorecards ORDER BY name"), {},
        QStringLiteral("list scorecards"), toScorecard);
}

void ScorecardRepository::writeContent(qint64 versionId, const ScorecardVersion& version) const
{
    const QString what = QStringLiteral("write scorecard version %1").arg(versionId);
    QSqlQuery insertOption = prepareSql(m_db.sql(),
                                        QStringLiteral("INSERT INTO scorecard_options (item_id, position, label, points, "
                                                       "fails) VALUES (?, ?, ?, ?, ?)"),
                                        what);
    for (int s = 0; s < version.sections.size(); ++s) {
        const auto& section = version.sections.at(s);
        const qint64 sectionId = insertWith(
            m_db, QStringLiteral("INSERT INTO scorecard_sections (version_id, position, title, weight) VALUES (?, ?, ?, ?)"),
            { versionId, s, section.title, dbOptional(section.weight) }, what);
        for (int i = 0; i < section.items.size(); ++i) {
            const auto& item = section.items.at(i);
            const qint64 itemId = insertWith(
                m_db,
                QStringLiteral("INSERT INTO scorecard_items (section_id, version_id, position, item_key, question, "
                               "guidance, kind, max_points, na_allowed, comment_required_on_fail, critical_scope, "
                               "auto_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { sectionId, versionId, i, item.key, item.question, item.guidance, toCode(item.kind), item.maxPoints,
                  int(item.naAllowed), int(item.commentRequiredOnFail), toCode(item.critical),
                  item.autoRule ? QVariant(
                      QString::fromUtf8(QJsonDocument(item.autoRule->toJson()).toJson(QJsonDocument::Compact)))
                                : QVariant() },
                what);
            for (int o = 0; o < item.options.size(); ++o) {
                const auto& option = item.options.at(o);
                bindAll(insertOption, { itemId, o, option.label, option.points, int(option.fails) });
                execPrepared(insertOption, what);
            }
        }
    }
}

int ScorecardRepository::saveDraft(const ScorecardVersion& version, const QString& actor) const
{
    Transaction transaction(m_db);
    const auto stored = this->version(version.id);
    if (!stored)
        throw StorageError(QCoreApplication::translate("Storage", "Scorecard version %1 does not exist.").arg(version.id));
    if (stored->status != VersionStatus::Draft)
        throw StorageError(QCoreApplication::translate("Storage",
                                                       "Version %1 of this scorecard is published and cannot change; "
                                                       "edit a new draft instead.")
                               .arg(stored->number));
    const int saved = RowVersion::update(m_db, VersionedRow::ScorecardDraft, version.id, version.rowVersion,
                                         QStringLiteral("change_note = ?"), { version.changeNote }, actor,
                                         QStringLiteral("update draft %1").arg(version.id));
    execWith(m_db, QStringLiteral("DELETE FROM scorecard_sections WHERE version_id = ?"), { version.id },
             QStringLiteral("clear draft %1").arg(version.id));
    writeContent(version.id, version);
    AuditLog(m_db).record(actor, QStringLiteral("scorecard_version"), version.id, QStringLiteral("save_draft"),
                          versionSummary(*stored), versionSummary(version));
    transaction.commit();
    return saved;
}

bool ScorecardRepository::unchangedFromPublished(qint64 versionId) const
{
    const auto stored = version(versionId);
    if (!stored)
        return false;
    const auto published = latestPublished(stored->scorecardId);
    return published && published->id != stored->id && sameContent(*published, *stored);
}

void ScorecardRepository::publish(qint64 versionId, const Actor& actor, const QString& changeNote) const
{
    AccessRules::require(actor, Action::PublishScorecard);
    Transaction transaction(m_db);
    const auto stored = version(versionId);
    if (!stored)
        throw StorageError(QCoreApplication::translate("Storage", "Scorecard version %1 does not exist.").arg(versionId));
    if (stored->status != VersionStatus::Draft)
        throw StorageError(
            QCoreApplication::translate("Storage", "Version %1 of this scorecard is already published.").arg(stored->number));
    if (const auto published = latestPublished(stored->scorecardId); published && sameContent(*published, *stored))
        throw StorageError(QCoreApplication::translate("Storage",
                                                       "Version %1 is the same form as published version %2: nothing "
                                                       "to publish. Change the draft first.")
                               .arg(stored->number)
                               .arg(published->number));
    const QString note = changeNote.trimmed().isEmpty() ? stored->changeNote : changeNote.trimmed();
    RowVersion::update(m_db, VersionedRow::ScorecardDraft, versionId, stored->rowVersion,
                       QStringLiteral("status = 'published', published_at = ?, published_by = ?, change_note = ?"),
                       { m_db.time().nowMs(), actor.login, note }, actor.login,
                       QStringLiteral("publish scorecard version %1").arg(versionId));
    ScorecardVersion after = *stored;
    after.status = VersionStatus::Published;
    AuditLog(m_db).record(actor.login, QStringLiteral("scorecard_version"), versionId, QStringLiteral("publish"),
                          versionSummary(*stored), versionSummary(after));
    WorkspaceChanges::announce(m_db, Change::Scorecard, versionId);
    transaction.commit();
}

qint64 ScorecardRepository::newDraft(qint64 fromVersionId, const QString& actor) const
{
    Transaction transaction(m_db);
    const auto source = version(fromVersionId);
    if (!source)
        throw StorageError(
            QCoreApplication::translate("Storage", "Scorecard version %1 does not exist.").arg(fromVersionId));
    const auto latest = latestVersion(source->scorecardId);
    if (latest && latest->status == VersionStatus::Draft)
        return latest->id;
    const int number = latest ? latest->number + 1 : 1;
    const qint64 id = insertWith(
        m_db,
        QStringLiteral("INSERT INTO scorecard_versions (scorecard_id, number, status, created_at) VALUES (?, ?, 'draft', ?)"),
        { source->scorecardId, number, m_db.time().nowMs() },
        QStringLiteral("create a draft of scorecard %1").arg(source->scorecardId));
    writeContent(id, *source);
    ScorecardVersion draft = *source;
    draft.number = number;
    draft.status = VersionStatus::Draft;
    AuditLog(m_db).record(actor, QStringLiteral("scorecard_version"), id, QStringLiteral("new_draft"), {},
                          versionSummary(draft));
    transaction.commit();
    return id;
}

std::optional<ScorecardVersion> ScorecardRepository::version(qint64 versionId) const
{
    const QString what = QStringLiteral("read scorecard version %1").arg(versionId);
    auto version = firstOf(selectRows<ScorecardVersion>(
        m_db, QStringLiteral("SELECT %1 FROM scorecard_versions WHERE id = ?").arg(s_versionColumns), { versionId },
        what, toVersionHeader));
    if (!version)
        return std::nullopt;

    QHash<qint64, int> sectionIndex;
    const auto sections = selectRows<ScorecardSection>(
        m_db, QStringLiteral("SELECT id, title, weight FROM scorecard_sections WHERE version_id = ? ORDER BY position"),
        { versionId }, what, [](const QSqlQuery& q) {
            return ScorecardSection { q.value(0).toLongLong(), q.value(1).toString(), optionalDoubleFromDb(q.value(2)),
                                      {} };
        });
    for (const auto& section : sections) {
        sectionIndex.insert(section.id, int(version->sections.size()));
        version->sections << section;
    }

    QHash<qint64, std::pair<int, int>> itemIndex; // item id -> (section, item)
    QSqlQuery items
        = prepareSql(m_db.sql(),
                     QStringLiteral("SELECT id, section_id, item_key, question, guidance, kind, max_points, "
                                    "na_allowed, comment_required_on_fail, critical_scope, auto_rule "
                                    "FROM scorecard_items WHERE version_id = ? ORDER BY section_id, position"),
                     what);
    items.addBindValue(versionId);
    execPrepared(items, what);
    while (items.next()) {
        ScorecardItem item;
        item.id = items.value(0).toLongLong();
        item.key = items.value(2).toString();
        item.question = items.value(3).toString();
        item.guidance = items.value(4).toString();
        item.kind = fromCode<ItemKind>(items.value(5).toString()).value_or(ItemKind::YesNo);
        item.maxPoints = items.value(6).toDouble();
        item.naAllowed = items.value(7).toBool();
        item.commentRequiredOnFail = items.value(8).toBool();
        item.critical = fromCode<CriticalScope>(items.value(9).toString()).value_or(CriticalScope::None);
        if (!items.value(10).isNull()) {
            // Written by this repository from a checked rule; a rule it cannot read back is left out, never guessed.
            QStringList problems;
            item.autoRule = AutoQaRule::fromJson(QJsonDocument::fromJson(items.value(10).toString().toUtf8()).object(),
                                                 &problems);
        }
        const int s = sectionIndex.value(items.value(1).toLongLong());
        itemIndex.insert(item.id, { s, int(version->sections[s].items.size()) });
        version->sections[s].items << item;
    }

    QSqlQuery options = prepareSql(m_db.sql(),
                                   QStringLiteral("SELECT o.item_id, o.label, o.points, o.fails FROM scorecard_options o "
                                                  "JOIN scorecard_items i ON i.id = o.item_id WHERE i.version_id = ? "
                                                  "ORDER BY o.item_id, o.position"),
                                   what);
    options.addBindValue(versionId);
    execPrepared(options, what);
    while (options.next()) {
        const auto [s, i] = itemIndex.value(options.value(0).toLongLong());
        version->sections[s].items[i].options
            << ScorecardOption { options.value(1).toString(), options.value(2).toDouble(), options.value(3).toBool() };
    }
    return version;
}

QList<ScorecardVersion> ScorecardRepository::versions(qint64 scorecardId) const
{
    return selectRows<ScorecardVersion>(
        m_db, QStringLiteral("SELECT %1 FROM scorecard_versions WHERE scorecard_id = ? ORDER BY number").arg(s_versionColumns),
        { scorecardId }, QStringLiteral("list the versions of scorecard %1").arg(scorecardId), toVersionHeader);
}

std::optional<ScorecardVersion> ScorecardRepository::latestPublished(qint64 scorecardId) const
{
    const auto ids = selectRows<qint64>(
        m_db,
        QStringLiteral("SELECT id FROM scorecard_versions WHERE scorecard_id = ? AND status = 'published' "
                       "ORDER BY number DESC LIMIT 1"),
        { scorecardId }, QStringLiteral("find the published version of scorecard %1").arg(scorecardId),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    return ids.isEmpty() ? std::nullopt : version(ids.first());
}

std::optional<ScorecardVersion> ScorecardRepository::latestVersion(qint64 scorecardId) const
{
    const auto ids = selectRows<qint64>(
        m_db, QStringLiteral("SELECT id FROM scorecard_versions WHERE scorecard_id = ? ORDER BY number DESC LIMIT 1"),
        { scorecardId }, QStringLiteral("find the latest version of scorecard %1").arg(scorecardId),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    return ids.isEmpty() ? std::nullopt : version(ids.first());
}

std::optional<ScorecardVersion> ScorecardRepository::currentFor(Channel channel) const
{
    const auto ids = selectRows<qint64>(
        m_db,
        QStringLiteral("SELECT v.id FROM scorecard_versions v JOIN scorecards s ON s.id = v.scorecard_id "
                       "WHERE s.retired = 0 AND v.status = 'published' AND (s.channel = ? OR s.channel IS NULL) "
                       "ORDER BY (s.channel IS NULL), s.id, v.number DESC LIMIT 1"),
        { toCode(channel) }, QStringLiteral("find the scorecard for %1 contacts").arg(toCode(channel)),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    return ids.isEmpty() ? std::nullopt : version(ids.first());
}

} // namespace qadesk
