#include "ContactRepository.h"

#include "SqlSupport.h"
#include "RowStatements.h"
#include "analytics/ConversationMetrics.h"

namespace qadesk {

ContactWriter::ContactWriter(const Database& database)
    : m_insertContact(prepareSql(database.sql(),
                                 insertGivingId(database,
                                                QStringLiteral("INSERT INTO contacts (channel, external_id, agent_id, "
                                                               "started_at, duration_s, direction, queue, handle_s, "
                                                               "hold_s, acw_s, fcr, csat, nps) VALUES (%1)")
                                                    .arg(namedMarks(13))),
                                 QStringLiteral("prepare to write contacts")))
    , m_insertRecording(prepareSql(database.sql(),
                                   QStringLiteral("INSERT INTO recordings (contact_id, path, duration_ms, channels, "
                                                  "agent_channel) VALUES (%1)")
                                       .arg(namedMarks(5)),
                                   QStringLiteral("prepare to write recordings")))
    , m_insertMessage(prepareSql(database.sql(),
                                 QStringLiteral("INSERT INTO chat_messages (contact_id, seq, sent_at, sender, "
                                                "sender_name, body) VALUES (%1)")
                                     .arg(namedMarks(6)),
                                 QStringLiteral("prepare to write messages")))
    , m_db(database)
    , m_replyLimitMs(ConversationMetrics::replyLimitMs(database))
{
}

qint64 ContactWriter::insert(const Contact& c)
{
    const QString what = QStringLiteral("add contact %1").arg(c.externalId);
    bindNamed(m_insertContact,
            { toCode(c.channel), c.externalId, c.agentId, dbTime(c.startedAt), c.durationSeconds, toCode(c.direction),
              c.queue, dbOptional(c.handleSeconds), dbOptional(c.holdSeconds), dbOptional(c.afterCallWorkSeconds),
              c.firstContactResolution ? QVariant(int(*c.firstContactResolution)) : QVariant(), dbOptional(c.csat),
              dbOptional(c.nps) });
    const qint64 id = insertReturningId(m_insertContact, what);
    if (c.recording) {
        bindNamed(m_insertRecording,
                { id, c.recording->path, c.recording->durationMs, c.recording->channels, c.recording->agentChannel });
        execPrepared(m_insertRecording, what);
    }
    for (const auto& message : c.messages) {
        bindNamed(m_insertMessage,
                { id, message.sequence, dbTime(message.sentAt), toCode(message.sender), message.senderName, message.text });
        execPrepared(m_insertMessage, what);
    }
    if (!c.messages.isEmpty())
        ConversationMetrics::storeChat(m_db, id, c.messages, m_replyLimitMs);
    return id;
}

ContactRepository::ContactRepository(const Database& database)
    : m_db(database)
{
}

qint64 ContactRepository::add(const Contact& contact) const
{
    return ContactWriter(m_db).insert(contact);
}

void ContactRepository::attachRecording(qint64 contactId, const Recording& r) const
{
    const QString what = QStringLiteral("attach recording %1").arg(r.path);
    execWith(m_db, QStringLiteral("DELETE FROM recordings WHERE contact_id = ?"), { contactId }, what);
    execWith(m_db,
             QStringLiteral("INSERT INTO recordings (contact_id, path, duration_ms, channels, agent_channel) "
                            "VALUES (?, ?, ?, ?, ?)"),
             { contactId, r.path, r.durationMs, r.channels, r.agentChannel }, what);
}

std::optional<Contact> ContactRepository::find(qint64 id) const
{
    const QString what = QStringLiteral("read contact %1").arg(id);
    auto contact = firstOf(selectRows<Contact>(
        m_db,
        QStringLiteral("SELECT c.id, c.channel, c.external_id, c.agent_id, c.started_at, c.duration_s, c.direction, "
                       "c.queue, c.handle_s, c.hold_s, c.acw_s, c.fcr, c.csat, c.nps, r.path, r.duration_ms, "
                       "r.channels, r.agent_channel FROM contacts c LEFT JOIN recordings r ON r.contact_id = c.id "
                       "WHERE c.id = ?"),
        { id }, what, [](const QSqlQuery& q) {
            Contact c;
            c.id = q.value(0).toLongLong();
            c.channel = fromCode<Channel>(q.value(1).toString()).value_or(Channel::Call);
            c.externalId = q.value(2).toString();
            c.agentId = q.value(3).toLongLong();
            c.startedAt = timeFromDb(q.value(4));
            c.durationSeconds = q.value(5).toInt();
            c.direction = fromCode<Direction>(q.value(6).toString()).value_or(Direction::Inbound);
            c.queue = q.value(7).toString();
            c.handleSeconds = optionalIntFromDb(q.value(8));
            c.holdSeconds = optionalIntFromDb(q.value(9));
            c.afterCallWorkSeconds = optionalIntFromDb(q.value(10));
            if (!q.value(11).isNull())
                c.firstContactResolution = q.value(11).toBool();
            c.csat = optionalIntFromDb(q.value(12));
            c.nps = optionalIntFromDb(q.value(13));
            if (!q.value(14).isNull())
                c.recording = Recording { q.value(14).toString(), q.value(15).toLongLong(), q.value(16).toInt(),
                                          q.value(17).toInt() };
            return c;
        }));
    if (contact)
        contact->messages = messages(id);
    return contact;
}

QList<qint64> ContactRepository::findIds(const QString& externalId) const
{
    QList<qint64> ids;
    for (const Channel channel : { Channel::Call, Channel::Chat, Channel::Email }) {
        if (const auto id = findId(channel, externalId))
            ids << *id;
    }
    return ids;
}

std::optional<qint64> ContactRepository::findId(Channel channel, const QString& externalId) const
{
    return firstOf(selectRows<qint64>(m_db,
                                      QStringLiteral("SELECT id FROM contacts WHERE channel = ? AND external_id = ?"),
                                      { toCode(channel), externalId },
                                      QStringLiteral("look up contact %1").arg(externalId),
                                      [](const QSqlQuery& q) { return q.value(0).toLongLong(); }));
}

QSet<QString> ContactRepository::existingExternalIds(Channel channel, const QStringList& externalIds) const
{
    // Well under the bound-parameter limits of SQLite (32766) and PostgreSQL (65535).
    constexpr qsizetype s_batch = 500;
    static_assert(s_batch + 1 <= s_maxNamedValues);
    QSet<QString> existing;
    for (qsizetype start = 0; start < externalIds.size(); start += s_batch) {
        QVariantList values { toCode(channel) };
        for (const QString& id : externalIds.mid(start, s_batch))
            values.append(id);
        const QString what = QStringLiteral("look up the contacts' external ids");
        const auto query = reusableStatement(
            m_db,
            QStringLiteral("SELECT external_id FROM contacts WHERE channel = :v0 AND external_id IN (%1)")
                .arg(namedMarks(int(values.size()) - 1, 1)),
            what);
        bindNamed(*query, values);
        execPrepared(*query, what);
        while (query->next())
            existing.insert(query->value(0).toString());
        query->finish();
    }
    return existing;
}

QList<ChatMessage> ContactRepository::messages(qint64 contactId) const
{
    return selectRows<ChatMessage>(
        m_db,
        QStringLiteral("SELECT seq, sent_at, sender, sender_name, body FROM chat_messages WHERE contact_id = ? "
                       "ORDER BY seq"),
        { contactId }, QStringLiteral("read the transcript of contact %1").arg(contactId), [](const QSqlQuery& q) {
            return ChatMessage { q.value(0).toInt(), timeFromDb(q.value(1)),
                                 fromCode<MessageSender>(q.value(2).toString()).value_or(MessageSender::System),
                                 q.value(3).toString(), q.value(4).toString() };
        });
}

qint64 ContactRepository::count() const
{
    return selectRows<qint64>(m_db, QStringLiteral("SELECT COUNT(*) FROM contacts"), {},
                              QStringLiteral("count contacts"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
        .value(0);
}

} // namespace qadesk
