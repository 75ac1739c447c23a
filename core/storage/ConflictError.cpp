#include "ConflictError.h"

namespace qadesk {

ConflictError::ConflictError(const QString& message, const QString& changedBy, const QDateTime& changedAt)
    : StorageError(message)
    , m_changedBy(changedBy)
    , m_changedAt(changedAt)
{
}

} // namespace qadesk
