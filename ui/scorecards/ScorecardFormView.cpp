#include "ScorecardFormView.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace qadesk {

ScorecardFormView::ScorecardFormView(QWidget* parent)
    : QWidget(parent)
{
    new QVBoxLayout(this);
}

void ScorecardFormView::setVersion(const ScorecardVersion& version)
{
    const QList<Answer> previous = answers();
    m_groups.clear();
    QLayout* outer = layout();
    while (QLayoutItem* child = outer->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    for (const auto& section : version.sections) {
        auto* box = new QGroupBox(section.weight ? tr("%1 (weight %2)").arg(section.title).arg(*section.weight)
                                                 : section.title,
                                  this);
        auto* sectionLayout = new QVBoxLayout(box);
        for (const auto& item : section.items) {
            auto* question = new QLabel(QStringLiteral("<b>%1</b> <span style='color:#666'>(%2)</span>%3")
                                            .arg(item.question.toHtmlEscaped(), tr("%1 pts").arg(item.maxPoints),
                                                 item.critical == CriticalScope::None
                                                     ? QString()
                                                     : QStringLiteral(" <span style='color:#b00020'>⚠ %1</span>")
                                                           .arg(item.critical == CriticalScope::Evaluation
                                                                    ? tr("critical: zeroes the evaluation")
                                                                    : tr("critical: zeroes the section"))),
                                        box);
            question->setWordWrap(true);
            question->setToolTip(item.guidance);
            sectionLayout->addWidget(question);
            if (!item.guidance.isEmpty()) {
                auto* guidance = new QLabel(item.guidance, box);
                guidance->setWordWrap(true);
                guidance->setStyleSheet(QStringLiteral("color: #5a6270; font-size: 9pt; margin-left: 12px;"));
                sectionLayout->addWidget(guidance);
            }
            auto* choices = new QHBoxLayout();
            auto* group = new QButtonGroup(box);
            for (int o = 0; o < item.options.size(); ++o) {
                const ScorecardOption& option = item.options.at(o);
                const QString label = item.kind == ItemKind::YesNo ? (o == 0 ? tr("Yes") : tr("No")) : option.label;
                auto* button = new QRadioButton(QStringLiteral("%1 · %2").arg(label).arg(option.points), box);
                group->addButton(button, o);
                choices->addWidget(button);
            }
            if (item.naAllowed) {
                auto* button = new QRadioButton(tr("N/A"), box);
                group->addButton(button, s_naId);
                choices->addWidget(button);
            }
            choices->addStretch();
            sectionLayout->addLayout(choices);
            m_groups.insert(item.key, group);
            connect(group, &QButtonGroup::idClicked, this, &ScorecardFormView::answersChanged);
        }
        outer->addWidget(box);
    }
    static_cast<QVBoxLayout*>(outer)->addStretch();
    for (const auto& answer : previous)
        setAnswer(answer.itemKey, answer.optionIndex, answer.na);
}

QList<Answer> ScorecardFormView::answers() const
{
    QList<Answer> result;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const int id = it.value()->checkedId();
        if (id == -1)
            continue;
        result << Answer { it.key(), id == s_naId ? std::nullopt : std::optional<int>(id), id == s_naId };
    }
    return result;
}

void ScorecardFormView::setAnswer(const QString& itemKey, std::optional<int> optionIndex, bool na)
{
    QButtonGroup* group = m_groups.value(itemKey);
    if (!group)
        return;
    if (QAbstractButton* button = group->button(na ? s_naId : optionIndex.value_or(-100)))
        button->setChecked(true);
}

} // namespace qadesk
