#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace qadesk {

// One thing wrong in an input file, located as precisely as the format allows: line 0 means the whole file,
// an empty column means the whole line.
struct ImportProblem {
    QString file;
    int line = 0;
    QString column;
    QString message;

    // "contacts.csv:12: csat: must be 1..5, not 7"
    QString toString() const;
    QJsonObject toJson() const; // {"file", "line", "column", "message"}, as the command line prints it
    bool operator==(const ImportProblem&) const = default;
};

} // namespace qadesk
