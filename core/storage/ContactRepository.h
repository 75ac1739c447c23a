#pragma once

#include "Database.h"
#include "model/Contact.h"

#include <QList>

#include <optional>

namespace qadesk {

// Contacts with their recording or transcript. Throws StorageError on failure.
class ContactRepository final {
public:
    explicit ContactRepository(const Database& database);

    // Stores the contact, its recording and its messages; the caller owns the transaction for batches.
    qint64 add(const Contact& contact) const;
    std::optional<Contact> find(qint64 id) const; // with recording and messages
    std::optional<qint64> findId(Channel channel, const QString& externalId) const;
    void attachRecording(qint64 contactId, const Recording& recording) const;
    QList<ChatMessage> messages(qint64 contactId) const;
    qint64 count() const;

private:
    const Database& m_db;
};

} // namespace qadesk
