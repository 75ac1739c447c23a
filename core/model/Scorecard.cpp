#include "Scorecard.h"

namespace qadesk {

int ScorecardItem::bestOption() const
{
    int best = 0;
    for (int o = 1; o < options.size(); ++o) {
        if (options.at(o).points > options.at(best).points)
            best = o;
    }
    return best;
}

const ScorecardItem* ScorecardVersion::findItem(const QString& key) const
{
    for (const auto& section : sections) {
        for (const auto& item : section.items) {
            if (item.key == key)
                return &item;
        }
    }
    return nullptr;
}

int ScorecardVersion::itemCount() const
{
    int count = 0;
    for (const auto& section : sections)
        count += int(section.items.size());
    return count;
}

QList<ScorecardOption> yesNoOptions(double maxPoints)
{
    return { ScorecardOption { QStringLiteral("yes"), maxPoints, false }, ScorecardOption { QStringLiteral("no"), 0, true } };
}

} // namespace qadesk
