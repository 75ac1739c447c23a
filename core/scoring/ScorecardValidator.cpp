#include "ScorecardValidator.h"

#include <QHash>

#include <algorithm>

namespace qadesk {
namespace {

// docs/formats/scorecard.md: bounds that keep every sum of points and weights finite and exact enough to score.
constexpr double s_maxPoints = 1000;
constexpr double s_maxWeight = 1000;

} // namespace

QList<ValidationIssue> ScorecardValidator::validate(const ScorecardVersion& version)
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](int s, int i, const QString& path, const QString& message) {
        issues << ValidationIssue { s, i, path, message };
    };

    if (version.itemCount() == 0)
        add(-1, -1, QStringLiteral("sections"), tr("The scorecard needs at least one item."));

    QHash<QString, QString> keyPlaces; // key -> where it was first seen
    QHash<QString, QString> titlePlaces; // section title -> where it was first seen
    double weightSum = 0;
    bool anyWeight = false;
    for (int s = 0; s < version.sections.size(); ++s) {
        const ScorecardSection& section = version.sections.at(s);
        const QString sectionPath = QStringLiteral("sections[%1]").arg(s);
        const QString sectionName = section.title.isEmpty() ? tr("section %1").arg(s + 1) : tr("section \"%1\"").arg(section.title);
        if (section.title.trimmed().isEmpty())
            add(s, -1, sectionPath + QStringLiteral(".title"), tr("Section %1 needs a title.").arg(s + 1));
        else if (const QString title = section.title.trimmed(); titlePlaces.contains(title))
            add(s, -1, sectionPath + QStringLiteral(".title"),
                tr("The section title \"%1\" is used twice (also at %2); titles must be unique.")
                    .arg(title, titlePlaces.value(title)));
        else
            titlePlaces.insert(title, sectionPath);
        if (section.items.isEmpty())
            add(s, -1, sectionPath + QStringLiteral(".items"), tr("The %1 has no items.").arg(sectionName));
        if (section.weight) {
            anyWeight = true;
            if (!(*section.weight >= 0 && *section.weight <= s_maxWeight))
                add(s, -1, sectionPath + QStringLiteral(".weight"),
                    tr("The weight of the %1 must be from 0 to %2, not %3.")
                        .arg(sectionName)
                        .arg(s_maxWeight)
                        .arg(*section.weight));
            else
                weightSum += *section.weight;
        } else {
            // Without its own weight a section weighs its possible points.
            for (const auto& item : section.items)
                weightSum += std::clamp(item.maxPoints, 0.0, s_maxPoints);
        }

        for (int i = 0; i < section.items.size(); ++i) {
            const ScorecardItem& item = section.items.at(i);
            const QString itemPath = sectionPath + QStringLiteral(".items[%1]").arg(i);
            const QString itemName = item.key.isEmpty() ? tr("item %1 of the %2").arg(i + 1).arg(sectionName)
                                                        : tr("item \"%1\" in the %2").arg(item.key, sectionName);
            if (item.key.trimmed().isEmpty())
                add(s, i, itemPath + QStringLiteral(".key"), tr("The %1 needs a key.").arg(itemName));
            else if (keyPlaces.contains(item.key))
                add(s, i, itemPath + QStringLiteral(".key"),
                    tr("The key \"%1\" is used twice (also at %2); keys must be unique.").arg(item.key, keyPlaces.value(item.key)));
            else
                keyPlaces.insert(item.key, itemPath);
            if (item.question.trimmed().isEmpty())
                add(s, i, itemPath + QStringLiteral(".question"), tr("The %1 needs a question.").arg(itemName));
            if (!(item.maxPoints > 0 && item.maxPoints <= s_maxPoints))
                add(s, i, itemPath + QStringLiteral(".max_points"),
                    tr("The max points of the %1 must be > 0 and at most %2, not %3.")
                        .arg(itemName)
                        .arg(s_maxPoints)
                        .arg(item.maxPoints));
            if (item.options.size() < 2)
                add(s, i, itemPath + QStringLiteral(".options"), tr("The %1 needs at least two options.").arg(itemName));
            bool canFail = false;
            for (int o = 0; o < item.options.size(); ++o) {
                const ScorecardOption& option = item.options.at(o);
                canFail = canFail || option.fails;
                const QString optionPath = itemPath + QStringLiteral(".options[%1]").arg(o);
                if (option.label.trimmed().isEmpty())
                    add(s, i, optionPath + QStringLiteral(".label"), tr("Option %1 of the %2 needs a label.").arg(o + 1).arg(itemName));
                if (option.points < 0 || option.points > item.maxPoints)
                    add(s, i, optionPath + QStringLiteral(".points"),
                        tr("Option \"%1\" of the %2 gives %3 points; it must be within 0..%4.")
                            .arg(option.label, itemName)
                            .arg(option.points)
                            .arg(item.maxPoints));
            }
            if (item.critical != CriticalScope::None && !canFail)
                add(s, i, itemPath + QStringLiteral(".critical"),
                    tr("The %1 is critical but none of its options fails, so it could never trigger.").arg(itemName));
            if (item.commentRequiredOnFail && !canFail)
                add(s, i, itemPath + QStringLiteral(".comment_required_on_fail"),
                    tr("The %1 requires a comment on fail but none of its options fails.").arg(itemName));
        }
    }
    if (version.itemCount() > 0 && weightSum <= 0)
        add(-1, -1, QStringLiteral("sections"),
            anyWeight ? tr("The section weights add up to %1; they need a positive sum.").arg(weightSum)
                      : tr("The sections have no points to weigh."));
    return issues;
}

} // namespace qadesk
