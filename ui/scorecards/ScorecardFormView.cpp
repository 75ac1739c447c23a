#include "ScorecardFormView.h"

#include "shell/Theme.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qadesk {
namespace {

// The position in `order` of the first of `keys` found there (keys may come in any order), or -1.
qsizetype firstIndexIn(const QStringList& order, const QStringList& keys)
{
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (keys.contains(order.at(i)))
            return i;
    }
    return -1;
}

// A word-wrapped plain-text label that remembers its height for the last few widths. A form holds dozens of them,
// and one layout pass asks each for its height at the same few widths several times (the scroll area tries with and
// without its scroll bar, each box layout asks again); QLabel lays the text out anew for every question.
class WrappedLabel final : public QLabel {
public:
    WrappedLabel(const QString& text, QWidget* parent)
        : QLabel(text, parent)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
    }

    int heightForWidth(int width) const override
    {
        if (m_text != text()) {
            m_text = text();
            m_heights.clear();
        }
        for (const auto& [known, height] : m_heights) {
            if (known == width)
                return height;
        }
        const int height = QLabel::heightForWidth(width);
        if (m_heights.size() == s_remembered)
            m_heights.removeFirst();
        m_heights.append({ width, height });
        return height;
    }

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
            || event->type() == QEvent::ContentsRectChange)
            m_heights.clear();
        return QLabel::event(event);
    }

private:
    static constexpr qsizetype s_remembered = 4;
    mutable QString m_text; // what the heights were measured for
    mutable QList<std::pair<int, int>> m_heights; // width, height
};

} // namespace

ScorecardFormView::ScorecardFormView(QWidget* parent)
    : QWidget(parent)
{
    new QVBoxLayout(this);
}

void ScorecardFormView::setVersion(const ScorecardVersion& version)
{
    m_highlighted.clear();
    // The form shown already (the next evaluation or dispute on it): its widgets stay, only the answers go.
    if (version == m_version) {
        clearAnswers();
        outlineHighlighted();
        return;
    }
    m_version = version;
    m_anchors.clear();
    build();
}

void ScorecardFormView::clearAnswers()
{
    for (QButtonGroup* group : std::as_const(m_groups)) {
        if (QAbstractButton* checked = group->checkedButton()) {
            // An exclusive group keeps one button checked: it lets go only while not exclusive.
            group->setExclusive(false);
            checked->setChecked(false);
            group->setExclusive(true);
        }
    }
    for (QLineEdit* comment : std::as_const(m_comments))
        comment->clear();
    m_anchors.clear();
}

void ScorecardFormView::setVersionKeepingAnswers(const ScorecardVersion& version)
{
    const QList<Answer> previous = answers();
    setVersion(version);
    setAnswers(previous);
}

void ScorecardFormView::rebuild()
{
    const QList<Answer> previous = answers();
    build();
    setAnswers(previous);
}

void ScorecardFormView::build()
{
    const ScorecardVersion& version = m_version;
    m_groups.clear();
    m_comments.clear();
    m_rows.clear();
    m_order.clear();
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
            auto* row = new QFrame(box);
            row->setObjectName(QStringLiteral("item_") + item.key);
            auto* rowLayout = new QVBoxLayout(row);
            rowLayout->setContentsMargins(4, 2, 4, 2);
            // Plain-text labels: a form has dozens, and a rich-text label lays out a whole text document each time
            // the layout asks its height for a width, which made showing a form stall the window.
            auto* heading = new QHBoxLayout();
            auto* question = new WrappedLabel(item.question, row);
            question->setToolTip(item.guidance);
            QFont strong = question->font();
            strong.setWeight(QFont::Bold);
            question->setFont(strong);
            // The question takes the row's width (a wrapped label alone would wrap at half its text), the points and
            // the critical scope sit at the right.
            heading->addWidget(question, 1);
            auto* points = new QLabel(QStringLiteral("(%1)").arg(tr("%1 pts").arg(item.maxPoints)), row);
            points->setTextFormat(Qt::PlainText);
            theme::style(points, theme::Colour::Muted);
            heading->addWidget(points, 0, Qt::AlignTop);
            if (item.critical != CriticalScope::None) {
                auto* critical = new QLabel(QStringLiteral("⚠ ")
                                                + (item.critical == CriticalScope::Evaluation
                                                       ? tr("critical: zeroes the evaluation")
                                                       : tr("critical: zeroes the section")),
                                            row);
                critical->setTextFormat(Qt::PlainText);
                theme::style(critical, theme::Colour::Critical);
                heading->addWidget(critical, 0, Qt::AlignTop);
            }
            rowLayout->addLayout(heading);
            if (!item.guidance.isEmpty()) {
                auto* guidance = new WrappedLabel(item.guidance, row);
                theme::style(guidance, theme::Text::Small, theme::Colour::Muted);
                guidance->setContentsMargins(12, 0, 0, 0);
                rowLayout->addWidget(guidance);
            }
            auto* choices = new QHBoxLayout();
            auto* group = new QButtonGroup(row);
            for (int o = 0; o < item.options.size(); ++o) {
                const ScorecardOption& option = item.options.at(o);
                const QString label = item.kind == ItemKind::YesNo ? (o == 0 ? tr("Yes") : tr("No")) : option.label;
                auto* button = new QRadioButton(QStringLiteral("%1 · %2").arg(label).arg(option.points), row);
                group->addButton(button, o);
                choices->addWidget(button);
            }
            if (item.naAllowed) {
                auto* button = new QRadioButton(tr("N/A"), row);
                group->addButton(button, s_naId);
                choices->addWidget(button);
            }
            choices->addStretch();
            rowLayout->addLayout(choices);
            auto* comment = new QLineEdit(row);
            comment->setObjectName(QStringLiteral("comment_") + item.key);
            comment->setAccessibleName(tr("Comment on %1").arg(item.question));
            comment->setPlaceholderText(item.commentRequiredOnFail ? tr("Comment (required when failed)") : tr("Comment"));
            rowLayout->addWidget(comment);
            sectionLayout->addWidget(row);
            m_groups.insert(item.key, group);
            m_comments.insert(item.key, comment);
            m_rows.insert(item.key, row);
            m_order << item.key;
            connect(group, &QButtonGroup::idClicked, this, &ScorecardFormView::answersChanged);
            connect(comment, &QLineEdit::textEdited, this, &ScorecardFormView::answersChanged);
        }
        outer->addWidget(box);
    }
    static_cast<QVBoxLayout*>(outer)->addStretch();
    setReadOnly(m_readOnly);
    outlineHighlighted();
}

QList<Answer> ScorecardFormView::answers() const
{
    QList<Answer> result;
    for (const QString& key : m_order) {
        const int id = m_groups.value(key)->checkedId();
        const QString comment = m_comments.value(key)->text().trimmed();
        if (id == -1 && comment.isEmpty() && !m_anchors.contains(key))
            continue;
        result << Answer { key, id >= 0 ? std::optional<int>(id) : std::nullopt, id == s_naId, comment,
                           m_anchors.value(key) };
    }
    return result;
}

void ScorecardFormView::setAnswers(const QList<Answer>& answers)
{
    for (const auto& answer : answers) {
        setAnswer(answer.itemKey, answer.optionIndex, answer.na);
        if (QLineEdit* comment = m_comments.value(answer.itemKey))
            comment->setText(answer.comment);
        if (answer.anchor.isSet())
            m_anchors.insert(answer.itemKey, answer.anchor);
    }
}

void ScorecardFormView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QButtonGroup* group : std::as_const(m_groups)) {
        for (QAbstractButton* button : group->buttons())
            button->setEnabled(!readOnly);
    }
    for (QLineEdit* comment : std::as_const(m_comments))
        comment->setReadOnly(readOnly);
}

void ScorecardFormView::highlight(const QStringList& itemKeys)
{
    m_highlighted = itemKeys;
    outlineHighlighted();
    const qsizetype first = firstIndexIn(m_order, itemKeys);
    if (first < 0)
        return;
    const QString key = m_order.at(first);
    m_comments.value(key)->setFocus();
    // The viewport's parent is the scroll area the form sits in, when it sits in one.
    if (auto* scrollArea = parentWidget() ? qobject_cast<QScrollArea*>(parentWidget()->parentWidget()) : nullptr) {
        layout()->activate(); // rows built a moment ago have no geometry yet
        scrollArea->ensureWidgetVisible(m_rows.value(key), 0, 0);
    }
}

void ScorecardFormView::outlineHighlighted()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        it.value()->setStyleSheet(m_highlighted.contains(it.key())
                                      ? QStringLiteral("QFrame#item_%1 { border: 2px solid %2; border-radius: 4px; }")
                                            .arg(it.key(), theme::css(theme::Colour::Bad))
                                      : QString());
}

void ScorecardFormView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild(); // every label is built from tr(): build them again
    QWidget::changeEvent(event);
}

void ScorecardFormView::keyPressEvent(QKeyEvent* event)
{
    // The item whose row holds the keyboard focus answers 1–9 (options in order) and 0 or N (N/A).
    QWidget* focus = focusWidget();
    QString key;
    for (auto it = m_rows.cbegin(); it != m_rows.cend() && focus; ++it) {
        if (it.value()->isAncestorOf(focus))
            key = it.key();
    }
    QButtonGroup* group = m_groups.value(key);
    const int pressed = event->key();
    if (group && !qobject_cast<QLineEdit*>(focus)) {
        QAbstractButton* button = nullptr;
        if (pressed >= Qt::Key_1 && pressed <= Qt::Key_9)
            button = group->button(pressed - Qt::Key_1);
        else if (pressed == Qt::Key_0 || pressed == Qt::Key_N)
            button = group->button(s_naId);
        if (button && button->isEnabled()) {
            button->click();
            return;
        }
    }
    QWidget::keyPressEvent(event);
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
