#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QDateTime>

namespace qadesk {

// A save refused because another user (or another desktop of the same user) changed the row since it was read. The
// message says who and when, in the centre's time; nothing was written. UI pages offer to reload; the evaluation page
// also offers to keep the refused form as a new draft.
class ConflictError final : public StorageError
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::ConflictError)

public:
    ConflictError(const QString& message, const QString& changedBy, const QDateTime& changedAt);
    QString changedBy() const { return m_changedBy; } // the display name of the user whose change won
    QDateTime changedAt() const { return m_changedAt; } // UTC; invalid when the row does not say

private:
    QString m_changedBy;
    QDateTime m_changedAt;
};

} // namespace qadesk
