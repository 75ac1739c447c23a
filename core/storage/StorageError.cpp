#include "StorageError.h"

namespace qadesk {

StorageError::StorageError(const QString& message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{
}

} // namespace qadesk
