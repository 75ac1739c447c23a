#pragma once

#include "model/Scorecard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace qadesk {

// A scorecard as it travels between centres: its header and the content of one version.
struct ScorecardDocument {
    Scorecard scorecard;
    ScorecardVersion version;
};

// The shareable JSON format of docs/formats/scorecard.md ("format": "qadesk-scorecard").
class ScorecardJson final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ScorecardJson)

public:
    // Parses a document. On any problem returns nullopt and appends every problem found to *errors, each as
    // "<JSON path>: <what is wrong>", e.g. "sections[2].items[0].max_points: must be > 0". Structure and types are
    // checked here; the publish rules (ScorecardValidator) are not.
    static std::optional<ScorecardDocument> read(const QByteArray& json, QStringList* errors);
    // Reads a file; errors are prefixed with the file name.
    static std::optional<ScorecardDocument> readFile(const QString& path, QStringList* errors);
    // Writes the document (indented, stable key order); read(write(x)) == x for everything the format holds.
    static QByteArray write(const Scorecard& scorecard, const ScorecardVersion& version);

    // The forms shipped with QA Desk (resources/scorecards), as resource paths.
    static QStringList shippedForms();
};

} // namespace qadesk
