#include "scorecards/ScorecardFormView.h"

#include <QLabel>
#include <QPointer>
#include <QRadioButton>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

ScorecardItem item(const QString& key, const QString& question, CriticalScope critical = CriticalScope::None)
{
    ScorecardItem result;
    result.key = key;
    result.question = question;
    result.maxPoints = 5;
    result.options = yesNoOptions(5);
    result.naAllowed = true;
    result.critical = critical;
    return result;
}

// "greet" and "verify" (critical for the evaluation) in one section, "close" in another.
ScorecardVersion version()
{
    ScorecardVersion result;
    result.id = 11;
    result.sections = { ScorecardSection { 1,
                                           QStringLiteral("Opening"),
                                           std::nullopt,
                                           { item(QStringLiteral("greet"), QStringLiteral("Greeted <the> caller?")),
                                             item(QStringLiteral("verify"), QStringLiteral("Verified?"),
                                                  CriticalScope::Evaluation) } },
                        ScorecardSection { 2,
                                           QStringLiteral("Closing"),
                                           std::nullopt,
                                           { item(QStringLiteral("close"), QStringLiteral("Closed?")) } } };
    return result;
}

QStringList labelTexts(const QWidget* row)
{
    QStringList texts;
    for (const QLabel* label : row->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

} // namespace

TEST_CASE("a form shown again for the same version keeps its widgets and shows only the answers set anew")
{
    ScorecardFormView form;
    form.setVersion(version());
    const QPointer<QWidget> greetRow = form.itemRow(QStringLiteral("greet"));
    REQUIRE(greetRow);
    const QList<Answer> first { Answer { QStringLiteral("greet"), 1, false, QStringLiteral("no name given"), {} },
                                Answer { QStringLiteral("verify"), std::nullopt, true, QString(), {} },
                                Answer { QStringLiteral("close"), 0, false, QString(), Anchor { 12000, std::nullopt } } };
    form.setAnswers(first);
    CHECK(form.answers() == first);
    form.highlight({ QStringLiteral("verify") });
    CHECK(form.itemRow(QStringLiteral("verify"))->styleSheet().contains(QStringLiteral("border")));

    form.setVersion(version());
    REQUIRE(greetRow); // not deleted and built anew
    CHECK(form.itemRow(QStringLiteral("greet")) == greetRow);
    CHECK(form.answers().isEmpty()); // no choice, no comment, no anchor left of the first evaluation
    for (const QRadioButton* button : form.findChildren<QRadioButton*>())
        CHECK_FALSE(button->isChecked());
    CHECK(form.itemRow(QStringLiteral("verify"))->styleSheet().isEmpty());

    const QList<Answer> second { Answer { QStringLiteral("close"), 1, false, QString(), {} } };
    form.setAnswers(second);
    CHECK(form.answers() == second);
    form.clearAnswers();
    CHECK(form.answers().isEmpty());
}

TEST_CASE("a form for another version is built anew, its question, points and critical scope as plain text")
{
    ScorecardFormView form;
    form.setVersion(version());
    form.setAnswers({ Answer { QStringLiteral("greet"), 0, false, QString(), {} } });
    ScorecardVersion edited = version();
    edited.id = 12;
    edited.sections[0].items.removeAt(1);
    edited.sections[1].items[0].question = QStringLiteral("Closed with a summary?");
    form.setVersion(edited);

    CHECK_FALSE(form.itemRow(QStringLiteral("verify")));
    CHECK(form.answers().isEmpty());
    REQUIRE(form.itemRow(QStringLiteral("close")));
    CHECK(labelTexts(form.itemRow(QStringLiteral("close"))).contains(QStringLiteral("Closed with a summary?")));

    form.setVersion(version());
    const QWidget* greet = form.itemRow(QStringLiteral("greet"));
    REQUIRE(greet);
    // Markup in a question is shown as typed, never read as rich text.
    const QStringList texts = labelTexts(greet);
    CHECK(texts.contains(QStringLiteral("Greeted <the> caller?")));
    CHECK(texts.contains(QStringLiteral("(5 pts)")));
    for (const QLabel* label : greet->findChildren<QLabel*>())
        CHECK(label->textFormat() == Qt::PlainText);
    CHECK(labelTexts(form.itemRow(QStringLiteral("verify")))
              .contains(QStringLiteral("⚠ critical: zeroes the evaluation")));
}
