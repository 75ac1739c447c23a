#pragma once

#include "io/TextDecoding.h"
#include "stats/Agreement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace qadesk {

// Reliability data as a CSV file holds them (docs/formats/ratings.md): a header of rater names after a first column
// of unit ids, one row per unit, an empty cell for a missing rating.
struct RatingsTable
{
    QStringList units; // the first column, in file order
    QList<int> lines; // the line each unit starts on, for messages
    QStringList raters; // the header after the first column
    Ratings ratings; // units × raters
    // When the values are text labels (nominal data): label i was given code i, in order of first appearance. Empty
    // when every value is a number.
    QStringList labels;
};

class RatingsImport final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::RatingsImport)

public:
    // Calibration compares a handful of evaluators; more columns than this are a wrong file, not raters.
    static constexpr int s_maxRaters = 200;

    enum class Values {
        Numbers, // every value a number
        NonNegativeNumbers, // a ratio scale: numbers from 0 up
        NumbersOrLabels, // nominal: numbers, or text labels turned into codes when any value is not a number
    };

    // Parses the decoded text of `file` (named in messages). On failure returns nullopt and sets *error to
    // "FILE:LINE: COLUMN: what is wrong" for the first problem.
    static std::optional<RatingsTable> parse(const QString& text, const QString& file, Values values, QString* error);
    // Reads (a regular file of at most InputFile::s_maxBytes), decodes (UTF-8, UTF-16 or CP949, detected unless
    // `encoding` is given) and parses `path`.
    static std::optional<RatingsTable> read(const QString& path, std::optional<TextEncoding> encoding, Values values,
                                            QString* error);
};

} // namespace qadesk
