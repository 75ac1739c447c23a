#pragma once

#include "Database.h"
#include "model/Contact.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace qadesk {

// Inserts contacts with their recording and messages through prepared statements kept for its lifetime, so bulk
// writers (imports, the demo builder) and the repository share one path. A contact with messages is measured at once
// (ConversationMetrics, under the reply limit read when the writer was made). The caller owns the transaction.
class ContactWriter final {
public:
    explicit ContactWriter(const Database& database);
    qint64 insert(const Contact& contact); // throws StorageError

private:
    QSqlQuery m_insertContact;
    QSqlQuery m_insertRecording;
    QSqlQuery m_insertMessage;
    const Database& m_db;
    qint64 m_replyLimitMs;
};

// Contacts with their recording or transcript. Throws StorageError on failure.
class ContactRepository final {
public:
    explicit ContactRepository(const Database& database);

    // Stores the contact, its recording and its messages; the caller owns the transaction for batches.
    qint64 add(const Contact& contact) const;
    std::optional<Contact> find(qint64 id) const; // with recording and messages
    std::optional<qint64> findId(Channel channel, const QString& externalId) const;
    // Every contact with that external id, one per channel at most, calls first, then chats, then e-mails.
    QList<qint64> findIds(const QString& externalId) const;
    // Which of these external ids the workspace already has in that channel; read in batches, not one by one.
    QSet<QString> existingExternalIds(Channel channel, const QStringList& externalIds) const;
    void attachRecording(qint64 contactId, const Recording& recording) const;
    QList<ChatMessage> messages(qint64 contactId) const;
    qint64 count() const;

private:
    const Database& m_db;
};

} // namespace qadesk
