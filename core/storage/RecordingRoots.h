#pragma once

#include "people/Actor.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>

namespace qadesk {

class Database;

// Recordings on a team server. The recordings of a centre sit on a share that each desktop mounts in its own place
// (S:\녹취 on one PC, /mnt/calls on another), so the server cannot store where a file is on a desktop. It stores a
// recording's path relative to a named recordings root instead, and each desktop maps each root to its own folder.
//
// Representation, with no schema change: the workspace_settings row 'recording_roots' holds the root names as a
// JSON array (["calls", "chats"]); recordings.path holds "ROOT:relative/path" with '/' between folders
// ("calls:2026/11/a.wav"). A path whose text before the first ':' is no listed root is an ordinary path: absolute,
// or relative to the workspace file's folder, as on a file workspace. Root names are 2–40 letters, digits, '-' or
// '_', so a Windows drive ("C:") is never taken for a root.
class RecordingRoots final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::RecordingRoots)

public:
    struct RootedPath
    {
        QString root;
        QString relative; // with '/'
    };
    // Where this desktop finds a stored recording path: `path`, or `problem` saying why it cannot.
    struct Location
    {
        QString path;
        QString problem;
    };

    static bool isValidName(const QString& name);
    // The roots of the workspace, in the order they were added. Throws StorageError.
    static QStringList names(const Database& database);
    // Adds a root (managers and administrators). Returns false and sets *error when the name is not valid, already
    // there, or the actor may not. Throws StorageError.
    static bool add(const Database& database, const QString& name, const Actor& actor, QString* error);
    static QString stored(const RootedPath& path);
    static std::optional<RootedPath> split(const QString& stored, const QStringList& roots);
    // `absolutePath` relative to the root mapped to `folder`; nullopt when the file is outside that folder.
    static std::optional<RootedPath> inRoot(const QString& root, const QString& folder, const QString& absolutePath);
    // The file of a stored path on this desktop, whose folder for each root is in `folders`. A missing file, or a
    // root this desktop has not mapped, gives a problem naming the root, the folder and the relative path.
    static Location locate(const Database& database, const QString& stored, const QHash<QString, QString>& folders);
};

} // namespace qadesk
