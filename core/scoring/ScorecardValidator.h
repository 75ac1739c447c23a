#pragma once

#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qadesk {

// A reason a scorecard version cannot be published. section/item are indexes (-1 when the problem is not about one),
// so editors can put the message next to the right node; path is the same place in the JSON format's terms.
struct ValidationIssue {
    int section = -1;
    int item = -1;
    QString path; // e.g. "sections[2].items[0].max_points"
    QString message; // says which section or item (by title/key) and why

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// The publish rules: at least one item; unique item keys and section titles; max points > 0 and at most 1000; option
// points within 0..max; section weights from 0 to 1000 with a positive sum; critical items only on items that can
// fail; options besides.
class ScorecardValidator final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ScorecardValidator)

public:
    static QList<ValidationIssue> validate(const ScorecardVersion& version); // empty: publishable
};

} // namespace qadesk
