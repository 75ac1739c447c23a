#include "Scorecard.h"

namespace qadesk {

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
