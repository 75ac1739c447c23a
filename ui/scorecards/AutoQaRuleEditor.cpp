#include "AutoQaRuleEditor.h"

#include "shell/Theme.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace qadesk {
namespace {

constexpr int s_noRule = -1;
const QString s_separator = QStringLiteral(" / ");

} // namespace

AutoQaRuleEditor::AutoQaRuleEditor(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_phrases(new QLineEdit(this))
    , m_window(new QComboBox(this))
    , m_windowSize(new QSpinBox(this))
    , m_metric(new QComboBox(this))
    , m_comparison(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_pass(new QComboBox(this))
    , m_fail(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("ruleKindComboBox"));
    m_phrases->setObjectName(QStringLiteral("rulePhrasesLineEdit"));
    m_windowSize->setRange(1, 100000);
    m_threshold->setRange(0, 100000);
    m_threshold->setDecimals(1);
    m_summary->setWordWrap(true);
    theme::style(m_summary, theme::Text::Small, theme::Colour::Muted);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto row = [this, form](QWidget* first, QWidget* second = nullptr) {
        auto* label = new QLabel(this);
        m_labels << label;
        if (!second) {
            form->addRow(label, first);
            return;
        }
        auto* pair = new QHBoxLayout;
        pair->addWidget(first, 1);
        pair->addWidget(second);
        form->addRow(label, pair);
    };
    row(m_kind);
    row(m_phrases);
    row(m_window, m_windowSize);
    row(m_metric);
    row(m_comparison, m_threshold);
    row(m_pass, m_fail);
    form->addRow(m_summary);
    for (QComboBox* box : { m_kind, m_window, m_metric, m_comparison, m_pass, m_fail })
        connect(box, &QComboBox::currentIndexChanged, this, &AutoQaRuleEditor::edited);
    connect(m_phrases, &QLineEdit::editingFinished, this, &AutoQaRuleEditor::edited);
    connect(m_windowSize, &QSpinBox::valueChanged, this, &AutoQaRuleEditor::edited);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &AutoQaRuleEditor::edited);
    retranslate();
}

void AutoQaRuleEditor::setItem(const ScorecardItem& item, bool editable)
{
    m_item = item;
    fill(item.autoRule);
    for (QWidget* field : std::initializer_list<QWidget*> { m_kind, m_phrases, m_window, m_windowSize, m_metric,
                                                            m_comparison, m_threshold, m_pass, m_fail })
        field->setEnabled(editable);
}

std::optional<AutoQaRule> AutoQaRuleEditor::rule() const
{
    if (m_kind->currentData().toInt() == s_noRule)
        return std::nullopt;
    AutoQaRule rule;
    rule.kind = AutoQaRule::Kind(m_kind->currentData().toInt());
    if (rule.isPhraseRule()) {
        for (const QString& phrase : m_phrases->text().split(QLatin1Char('/'))) {
            if (!AutoQaRule::normalized(phrase).isEmpty())
                rule.phrases << phrase.trimmed();
        }
        rule.window = rule.kind == AutoQaRule::Kind::ForbiddenPhrase
            ? AutoQaRule::Window::Whole
            : AutoQaRule::Window(m_window->currentData().toInt());
        rule.windowSize = rule.window == AutoQaRule::Window::Whole ? 0 : m_windowSize->value();
    } else {
        rule.metric = AutoQaRule::Metric(m_metric->currentData().toInt());
        rule.comparison = AutoQaRule::Comparison(m_comparison->currentData().toInt());
        rule.threshold = m_threshold->value();
    }
    // The item's defaults (best option, first failing one) are left implicit, so they follow option edits.
    rule.passOption = m_pass->currentIndex() > 0 ? m_pass->currentText() : QString();
    rule.failOption = m_fail->currentIndex() > 0 ? m_fail->currentText() : QString();
    return rule;
}

void AutoQaRuleEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AutoQaRuleEditor::retranslate()
{
    const QStringList labels { tr("Automatic check"), tr("Phrases (variants, separated by /)"),
                               tr("Where"),           tr("Measure"),
                               tr("Limit"),           tr("Suggests (held / not held)") };
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    // Fields that share a row with another have no label of their own for a screen reader.
    m_kind->setAccessibleName(labels.at(0));
    m_phrases->setAccessibleName(labels.at(1));
    m_window->setAccessibleName(tr("Where the phrases are looked for"));
    m_windowSize->setAccessibleName(tr("How many messages or seconds"));
    m_metric->setAccessibleName(labels.at(3));
    m_comparison->setAccessibleName(tr("At most or at least"));
    m_threshold->setAccessibleName(labels.at(4));
    m_pass->setAccessibleName(tr("Answer suggested when the rule holds"));
    m_fail->setAccessibleName(tr("Answer suggested when it does not"));
    fill(m_kind->count() > 0 ? rule() : std::nullopt);
}

void AutoQaRuleEditor::fill(const std::optional<AutoQaRule>& rule)
{
    m_filling = true;
    m_kind->clear();
    m_kind->addItem(tr("No automatic check"), s_noRule);
    for (const auto kind : AutoQaRule::kinds())
        m_kind->addItem(AutoQaRule::displayName(kind), int(kind));
    m_kind->setCurrentIndex(rule ? m_kind->findData(int(rule->kind)) : 0);
    m_phrases->setText(rule ? rule->phrases.join(s_separator) : QString());
    m_window->clear();
    for (const auto window : AutoQaRule::windows())
        m_window->addItem(AutoQaRule::displayName(window), int(window));
    m_window->setCurrentIndex(m_window->findData(int(rule ? rule->window : AutoQaRule::Window::Whole)));
    m_windowSize->setValue(rule && rule->windowSize > 0 ? rule->windowSize : 1);
    m_metric->clear();
    for (const auto metric : AutoQaRule::metrics())
        m_metric->addItem(AutoQaRule::displayName(metric), int(metric));
    m_metric->setCurrentIndex(m_metric->findData(int(rule ? rule->metric : AutoQaRule::Metric::LongestDeadAirSeconds)));
    m_comparison->clear();
    m_comparison->addItem(tr("at most"), int(AutoQaRule::Comparison::AtMost));
    m_comparison->addItem(tr("at least"), int(AutoQaRule::Comparison::AtLeast));
    m_comparison->setCurrentIndex(rule && rule->comparison == AutoQaRule::Comparison::AtLeast ? 1 : 0);
    m_threshold->setValue(rule ? rule->threshold : 0);
    for (const bool pass : { true, false }) {
        QComboBox* box = pass ? m_pass : m_fail;
        box->clear();
        box->addItem(pass ? tr("best answer") : tr("first failing answer"));
        for (const auto& option : m_item.options)
            box->addItem(option.label);
        const QString chosen = rule ? (pass ? rule->passOption : rule->failOption) : QString();
        box->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, box->findText(chosen)));
    }
    m_filling = false;
    updateVisibility();
}

void AutoQaRuleEditor::updateVisibility()
{
    const int kind = m_kind->currentData().toInt();
    const bool any = kind != s_noRule;
    const bool metric = kind == int(AutoQaRule::Kind::Metric);
    const bool windowed = any && !metric && kind != int(AutoQaRule::Kind::ForbiddenPhrase);
    const QList<bool> shown { true, any && !metric, windowed, metric, metric, any };
    const QList<QList<QWidget*>> fields {
        { m_kind },        { m_phrases }, { m_window, m_windowSize }, { m_metric }, { m_comparison, m_threshold },
        { m_pass, m_fail }
    };
    for (int i = 0; i < fields.size(); ++i) {
        m_labels.at(i)->setVisible(shown.at(i));
        for (QWidget* field : fields.at(i))
            field->setVisible(shown.at(i));
    }
    m_windowSize->setEnabled(m_window->isEnabled()
                             && m_window->currentData().toInt() != int(AutoQaRule::Window::Whole));
    const auto current = rule();
    m_summary->setText(current ? current->summary() : QString());
    m_summary->setVisible(current.has_value());
}

void AutoQaRuleEditor::edited()
{
    if (m_filling)
        return;
    updateVisibility();
    auto current = rule();
    // A phrase rule needs a phrase: until one is typed, the item keeps no rule.
    if (current && current->isPhraseRule() && current->phrases.isEmpty())
        current.reset();
    emit ruleEdited(current);
}

} // namespace qadesk
