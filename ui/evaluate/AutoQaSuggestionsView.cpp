#include "AutoQaSuggestionsView.h"

#include "shell/Theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace qadesk {
namespace {

const ScorecardItem* itemOf(const ScorecardVersion& version, const QString& key)
{
    return version.findItem(key);
}

QString answerText(const ScorecardItem& item, int optionIndex)
{
    if (optionIndex < 0 || optionIndex >= item.options.size())
        return {};
    const QString label = item.options.at(optionIndex).label;
    if (item.kind == ItemKind::YesNo)
        return optionIndex == 0 ? AutoQaSuggestionsView::tr("Yes") : AutoQaSuggestionsView::tr("No");
    return label;
}

QString clockText(qint64 ms)
{
    return QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AutoQaSuggestionsView::AutoQaSuggestionsView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    theme::style(m_title, theme::Text::Subheading);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);
    rebuild();
}

QList<Answer> AutoQaSuggestionsView::preselected(const QList<Answer>& answers,
                                                 const QList<AutoQaSuggestion>& suggestions)
{
    QList<Answer> result = answers;
    for (const auto& suggestion : suggestions) {
        const auto existing = std::find_if(result.begin(), result.end(),
                                           [&suggestion](const Answer& a) { return a.itemKey == suggestion.itemKey; });
        if (existing == result.end()) {
            Answer answer;
            answer.itemKey = suggestion.itemKey;
            answer.optionIndex = suggestion.optionIndex;
            result << answer;
        } else if (!existing->optionIndex && !existing->na) {
            existing->optionIndex = suggestion.optionIndex;
        }
    }
    return result;
}

void AutoQaSuggestionsView::setSuggestions(const ScorecardVersion& version, const QList<AutoQaSuggestion>& suggestions)
{
    m_version = version;
    m_suggestions = suggestions;
    rebuild();
}

void AutoQaSuggestionsView::setAnswers(const QList<Answer>& answers)
{
    m_answers = answers;
    rebuild();
}

void AutoQaSuggestionsView::showEvidence(const QString& itemKey)
{
    for (const auto& suggestion : m_suggestions) {
        if (suggestion.itemKey != itemKey || suggestion.evidence.isEmpty())
            continue;
        const AutoQaEvidence& evidence = suggestion.evidence.constFirst();
        if (evidence.span)
            emit seekRequested(evidence.span->startMs);
        if (evidence.messageSequence)
            emit messageRequested(*evidence.messageSequence);
        return;
    }
}

void AutoQaSuggestionsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void AutoQaSuggestionsView::rebuild()
{
    while (QLayoutItem* row = m_rows->takeAt(0)) {
        delete row->widget();
        delete row;
    }
    m_title->setText(tr("Automatic checks"));
    setVisible(!m_suggestions.isEmpty());
    for (const auto& suggestion : m_suggestions) {
        const ScorecardItem* item = itemOf(m_version, suggestion.itemKey);
        if (!item || !item->autoRule)
            continue; // a rule since removed from the form: nothing to explain it with
        auto* row = new QWidget(this);
        row->setObjectName(QStringLiteral("suggestion_") + suggestion.itemKey);
        auto* grid = new QGridLayout(row);
        grid->setContentsMargins(0, 2, 0, 2);
        auto* badge = new QLabel(tr("auto"), row);
        badge->setObjectName(QStringLiteral("autoBadgeLabel"));
        badge->setToolTip(tr("Suggested by the item's rule: %1").arg(item->autoRule->summary()));
        theme::styleBanner(badge, suggestion.passed ? theme::Colour::Accent : theme::Colour::Warning);
        badge->setAlignment(Qt::AlignCenter);
        badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        grid->addWidget(badge, 0, 0, Qt::AlignTop);

        const Answer* answer = nullptr;
        for (const auto& a : m_answers) {
            if (a.itemKey == suggestion.itemKey)
                answer = &a;
        }
        QString state;
        if (answer && (answer->optionIndex || answer->na)) {
            state = answer->optionIndex == suggestion.optionIndex ? tr("your answer agrees") : tr("you changed it");
        }
        auto* heading = new QLabel(row);
        heading->setWordWrap(true);
        heading->setTextFormat(Qt::RichText);
        heading->setText(
            tr("<b>%1</b> → %2")
                .arg(item->question.toHtmlEscaped(), answerText(*item, suggestion.optionIndex).toHtmlEscaped())
            + (state.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(state.toHtmlEscaped())));
        grid->addWidget(heading, 0, 1);
        auto* sentence = new QLabel(AutoQaEngine::explain(*item->autoRule, suggestion), row);
        sentence->setWordWrap(true);
        theme::style(sentence, theme::Text::Small, theme::Colour::Muted);
        grid->addWidget(sentence, 1, 1);
        if (!suggestion.evidence.isEmpty()) {
            const AutoQaEvidence& evidence = suggestion.evidence.constFirst();
            auto* show = new QToolButton(row);
            show->setObjectName(QStringLiteral("showEvidenceButton"));
            show->setText(evidence.messageSequence
                              ? tr("Message %1").arg(*evidence.messageSequence)
                              : tr("Play %1").arg(clockText(evidence.span ? evidence.span->startMs : 0)));
            show->setToolTip(tr("Show the evidence"));
            const QString key = suggestion.itemKey;
            connect(show, &QToolButton::clicked, this, [this, key] { showEvidence(key); });
            grid->addWidget(show, 0, 2, Qt::AlignTop);
        }
        grid->setColumnStretch(1, 1);
        m_rows->addWidget(row);
    }
}

} // namespace qadesk
