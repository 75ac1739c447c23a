#pragma once

#include <QString>

#include <stdexcept>

namespace qadesk {

// Thrown by repositories when a statement fails, or (ConflictError) when a save is based on an old row version. The
// message names the operation and the driver's reason; callers at the edge (CLI commands, UI actions, services
// returning an error string) catch it. Any open Transaction rolls back while the exception unwinds, so nothing is
// half-written.
class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString& message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace qadesk
