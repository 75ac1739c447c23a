#include "InputFile.h"

#include <QFile>
#include <QFileInfo>

namespace qadesk {

std::optional<QByteArray> InputFile::read(const QString& path, QString* error, qint64 maxBytes)
{
    const auto refuse = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Checked before opening: the open itself is what blocks on a FIFO.
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("%1: no such file").arg(path));
    if (!info.isFile())
        return refuse(tr("%1: not a regular file (a folder, pipe or device cannot be read)").arg(path));
    if (info.size() > maxBytes)
        return refuse(tr("%1: %2 bytes, more than the %3 MB an input file may have")
                          .arg(path)
                          .arg(info.size())
                          .arg(maxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    // Bounded even if the file grew since it was measured.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return refuse(tr("%1: more than the %2 MB an input file may have").arg(path).arg(maxBytes >> 20));
    return bytes;
}

} // namespace qadesk
