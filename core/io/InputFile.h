#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qadesk {

// Reads a file a user named as input (a manifest, transcript or answer sheet) so that no input can hang or exhaust
// the program: only a regular file (opening a FIFO blocks until someone writes to it; a device such as /dev/zero
// never ends), and at most maxBytes of it.
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::InputFile)

public:
    // The documented limit (docs/formats/contacts.md): a hundred thousand contacts take about 10 MB.
    static constexpr qint64 s_maxBytes = 128LL * 1024 * 1024;

    // The file's bytes; on failure nullopt with *error = "PATH: what is wrong" (missing, not a regular file, too
    // large, unreadable).
    static std::optional<QByteArray> read(const QString& path, QString* error, qint64 maxBytes = s_maxBytes);
};

} // namespace qadesk
