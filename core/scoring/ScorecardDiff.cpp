#include "ScorecardDiff.h"

#include <QHash>

namespace qadesk {
namespace {

struct Located {
    const ScorecardItem* item = nullptr;
    QString section;
};

QHash<QString, Located> itemsByKey(const ScorecardVersion& version)
{
    QHash<QString, Located> items;
    for (const auto& section : version.sections) {
        for (const auto& item : section.items)
            items.insert(item.key, Located { &item, section.title });
    }
    return items;
}

QString weightText(const std::optional<double>& weight)
{
    return weight ? QString::number(*weight) : ScorecardDiff::tr("its points");
}

QString scoringText(const ScorecardItem& item)
{
    QStringList options;
    for (const auto& option : item.options)
        options << QStringLiteral("%1=%2").arg(option.label).arg(option.points);
    return ScorecardDiff::tr("max %1 (%2)").arg(item.maxPoints).arg(options.join(QStringLiteral(", ")));
}

QString rulesText(const ScorecardItem& item)
{
    return QStringLiteral("%1, N/A %2, comment on fail %3, critical %4")
        .arg(toCode(item.kind), item.naAllowed ? QStringLiteral("yes") : QStringLiteral("no"),
             item.commentRequiredOnFail ? QStringLiteral("yes") : QStringLiteral("no"), toCode(item.critical));
}

// The rule as people read it, with the answers it suggests when it names them (otherwise the item's best and first
// failing answers, which the item's own changes already show).
QString autoRuleText(const AutoQaRule& rule)
{
    if (rule.passOption.isEmpty() && rule.failOption.isEmpty())
        return rule.summary();
    const QString best = ScorecardDiff::tr("the best answer");
    const QString failing = ScorecardDiff::tr("the first failing answer");
    return ScorecardDiff::tr("%1 (suggests \"%2\" when it holds, \"%3\" when not)")
        .arg(rule.summary(), rule.passOption.isEmpty() ? best : rule.passOption,
             rule.failOption.isEmpty() ? failing : rule.failOption);
}

} // namespace

QString ScorecardChange::description() const
{
    switch (kind) {
    case Kind::SectionAdded:
        return ScorecardDiff::tr("Section \"%1\" added.").arg(section);
    case Kind::SectionRemoved:
        return ScorecardDiff::tr("Section \"%1\" removed.").arg(section);
    case Kind::SectionReweighted:
        return ScorecardDiff::tr("Section \"%1\" re-weighted: %2 → %3.").arg(section, before, after);
    case Kind::ItemAdded:
        return ScorecardDiff::tr("Item \"%1\" added to \"%2\": %3").arg(itemKey, section, after);
    case Kind::ItemRemoved:
        return ScorecardDiff::tr("Item \"%1\" removed from \"%2\".").arg(itemKey, section);
    case Kind::ItemReworded:
        return ScorecardDiff::tr("Item \"%1\" reworded: \"%2\" → \"%3\".").arg(itemKey, before, after);
    case Kind::ItemRescored:
        return ScorecardDiff::tr("Item \"%1\" re-scored: %2 → %3.").arg(itemKey, before, after);
    case Kind::ItemMoved:
        return ScorecardDiff::tr("Item \"%1\" moved from \"%2\" to \"%3\".").arg(itemKey, before, after);
    case Kind::ItemRulesChanged:
        return ScorecardDiff::tr("Item \"%1\" rules changed: %2 → %3.").arg(itemKey, before, after);
    case Kind::ItemAutoRuleAdded:
        return ScorecardDiff::tr("Item \"%1\" is checked automatically: %2.").arg(itemKey, after);
    case Kind::ItemAutoRuleRemoved:
        return ScorecardDiff::tr("Item \"%1\" is no longer checked automatically (was: %2).").arg(itemKey, before);
    case Kind::ItemAutoRuleChanged:
        return ScorecardDiff::tr("Item \"%1\" automatic check changed: %2 → %3.").arg(itemKey, before, after);
    }
    return {};
}

QList<ScorecardChange> ScorecardDiff::compare(const ScorecardVersion& from, const ScorecardVersion& to)
{
    using Kind = ScorecardChange::Kind;
    QList<ScorecardChange> changes;
    QHash<QString, const ScorecardSection*> oldSections;
    for (const auto& section : from.sections)
        oldSections.insert(section.title, &section);
    QHash<QString, const ScorecardSection*> newSections;
    for (const auto& section : to.sections) {
        newSections.insert(section.title, &section);
        const ScorecardSection* old = oldSections.value(section.title);
        if (!old)
            changes << ScorecardChange { Kind::SectionAdded, section.title, {}, {}, {} };
        else if (old->weight != section.weight)
            changes << ScorecardChange { Kind::SectionReweighted, section.title, {}, weightText(old->weight),
                                         weightText(section.weight) };
    }
    for (const auto& section : from.sections) {
        if (!newSections.contains(section.title))
            changes << ScorecardChange { Kind::SectionRemoved, section.title, {}, {}, {} };
    }

    const auto oldItems = itemsByKey(from);
    const auto newItems = itemsByKey(to);
    for (const auto& section : to.sections) {
        for (const auto& item : section.items) {
            const Located old = oldItems.value(item.key);
            if (!old.item) {
                changes << ScorecardChange { Kind::ItemAdded, section.title, item.key, {}, item.question };
                if (item.autoRule)
                    changes << ScorecardChange { Kind::ItemAutoRuleAdded, section.title, item.key, {},
                                                 autoRuleText(*item.autoRule) };
                continue;
            }
            if (old.section != section.title)
                changes << ScorecardChange { Kind::ItemMoved, section.title, item.key, old.section, section.title };
            if (old.item->question != item.question || old.item->guidance != item.guidance)
                changes << ScorecardChange { Kind::ItemReworded, section.title, item.key, old.item->question, item.question };
            if (old.item->maxPoints != item.maxPoints || old.item->options != item.options)
                changes << ScorecardChange { Kind::ItemRescored, section.title, item.key, scoringText(*old.item),
                                             scoringText(item) };
            if (old.item->kind != item.kind || old.item->naAllowed != item.naAllowed
                || old.item->commentRequiredOnFail != item.commentRequiredOnFail || old.item->critical != item.critical)
                changes << ScorecardChange { Kind::ItemRulesChanged, section.title, item.key, rulesText(*old.item),
                                             rulesText(item) };
            if (old.item->autoRule && !item.autoRule)
                changes << ScorecardChange { Kind::ItemAutoRuleRemoved, section.title, item.key,
                                             autoRuleText(*old.item->autoRule), {} };
            else if (!old.item->autoRule && item.autoRule)
                changes << ScorecardChange { Kind::ItemAutoRuleAdded, section.title, item.key, {},
                                             autoRuleText(*item.autoRule) };
            else if (old.item->autoRule != item.autoRule)
                changes << ScorecardChange { Kind::ItemAutoRuleChanged, section.title, item.key,
                                             autoRuleText(*old.item->autoRule), autoRuleText(*item.autoRule) };
        }
    }
    for (const auto& section : from.sections) {
        for (const auto& item : section.items) {
            if (!newItems.contains(item.key))
                changes << ScorecardChange { Kind::ItemRemoved, section.title, item.key, item.question, {} };
        }
    }
    return changes;
}

} // namespace qadesk
