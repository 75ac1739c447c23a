#include "scorecards/ScorecardDesignDocument.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

ScorecardItem item(const QString& key, const QString& question)
{
    ScorecardItem result;
    result.key = key;
    result.question = question;
    result.maxPoints = 5;
    result.options = yesNoOptions(5);
    return result;
}

// A stored draft: two sections, "greet" and "verify" in the first, "close" in the second.
ScorecardVersion draft()
{
    ScorecardVersion version;
    version.id = 7;
    version.scorecardId = 3;
    version.number = 2;
    version.status = VersionStatus::Draft;
    version.sections
        = { ScorecardSection { 1,
                               QStringLiteral("Opening"),
                               std::nullopt,
                               { item(QStringLiteral("greet"), QStringLiteral("Greeted?")),
                                 item(QStringLiteral("verify"), QStringLiteral("Verified?")) } },
            ScorecardSection {
                2, QStringLiteral("Closing"), 0.4, { item(QStringLiteral("close"), QStringLiteral("Closed?")) } } };
    return version;
}

QStringList keys(const ScorecardDesignDocument& document)
{
    QStringList result;
    for (const auto& section : document.version().sections) {
        QStringList inSection;
        for (const auto& each : section.items)
            inSection << each.key;
        result << section.title + QLatin1Char(':') + inSection.join(QLatin1Char(','));
    }
    return result;
}

} // namespace

TEST_CASE("every structure edit of a scorecard document is one undo step that restores the form exactly")
{
    ScorecardDesignDocument document;
    const ScorecardVersion original = draft();
    document.load(original);
    QSignalSpy changed(&document, &ScorecardDesignDocument::contentChanged);
    QUndoStack* stack = document.undoStack();
    CHECK(document.isEditable());
    CHECK(stack->count() == 0);

    document.addSection(1, QStringLiteral("Middle"));
    CHECK(keys(document)
          == QStringList { QStringLiteral("Opening:greet,verify"), QStringLiteral("Middle:"),
                           QStringLiteral("Closing:close") });
    document.addItem(1, 0, QStringLiteral("Offered more?"));
    // The form holds 3 items, so the new one is item_4.
    CHECK(keys(document)
          == QStringList { QStringLiteral("Opening:greet,verify"), QStringLiteral("Middle:item_4"),
                           QStringLiteral("Closing:close") });
    CHECK(document.version().sections[1].items[0].question == QStringLiteral("Offered more?"));
    CHECK(document.version().sections[1].items[0].options == yesNoOptions(5));
    document.moveItem(0, 0, 2, 1);
    CHECK(keys(document)
          == QStringList { QStringLiteral("Opening:verify"), QStringLiteral("Middle:item_4"),
                           QStringLiteral("Closing:close,greet") });
    document.duplicateItem(0, 0);
    CHECK(keys(document)
          == QStringList { QStringLiteral("Opening:verify,verify_copy"), QStringLiteral("Middle:item_4"),
                           QStringLiteral("Closing:close,greet") });
    document.removeItem(0, 0);
    CHECK(keys(document)
          == QStringList { QStringLiteral("Opening:verify_copy"), QStringLiteral("Middle:item_4"),
                           QStringLiteral("Closing:close,greet") });
    document.duplicateSection(2, QStringLiteral(" (copy)"));
    CHECK(keys(document)
          == QStringList { QStringLiteral("Opening:verify_copy"), QStringLiteral("Middle:item_4"),
                           QStringLiteral("Closing:close,greet"),
                           QStringLiteral("Closing (copy):close_copy,greet_copy") });
    document.removeSection(0);
    CHECK(keys(document)
          == QStringList { QStringLiteral("Middle:item_4"), QStringLiteral("Closing:close,greet"),
                           QStringLiteral("Closing (copy):close_copy,greet_copy") });
    document.edit(QStringLiteral("Edit question"),
                  [](ScorecardVersion& v) { v.sections[1].items[0].question = QStringLiteral("Closed warmly?"); });
    CHECK(stack->count() == 8);
    CHECK(changed.size() == 8);
    CHECK(stack->undoText() == QStringLiteral("Edit question"));

    // Undo walks back through each step; the whole way back is the loaded form, section weights and ids included.
    stack->undo();
    CHECK(document.version().sections[1].items[0].question == QStringLiteral("Closed?"));
    stack->undo();
    CHECK(keys(document)
          == QStringList { QStringLiteral("Opening:verify_copy"), QStringLiteral("Middle:item_4"),
                           QStringLiteral("Closing:close,greet"),
                           QStringLiteral("Closing (copy):close_copy,greet_copy") });
    stack->undo();
    stack->undo();
    CHECK(keys(document)
          == QStringList { QStringLiteral("Opening:verify,verify_copy"), QStringLiteral("Middle:item_4"),
                           QStringLiteral("Closing:close,greet") });
    stack->setIndex(0);
    CHECK(document.version() == original);
    CHECK(changed.size() == 8 + 8);

    // Redo replays them to the last edit.
    stack->setIndex(stack->count());
    CHECK(keys(document)
          == QStringList { QStringLiteral("Middle:item_4"), QStringLiteral("Closing:close,greet"),
                           QStringLiteral("Closing (copy):close_copy,greet_copy") });
    CHECK(document.version().sections[1].items[0].question == QStringLiteral("Closed warmly?"));
    CHECK(document.version().sections[1].weight == 0.4);
}

TEST_CASE(
    "a scorecard document merges typing into one step and never records a no-op or an edit of a published version")
{
    ScorecardDesignDocument document;
    document.load(draft());
    QUndoStack* stack = document.undoStack();
    const auto typeInto = [&document](const QString& text) {
        document.edit(
            QStringLiteral("Edit question"), [&text](ScorecardVersion& v) { v.sections[0].items[0].question = text; },
            42);
    };
    typeInto(QStringLiteral("G"));
    typeInto(QStringLiteral("Gr"));
    typeInto(QStringLiteral("Greeting given?"));
    CHECK(stack->count() == 1);
    CHECK_FALSE(document.edit(QStringLiteral("Nothing"), [](ScorecardVersion&) {}));
    document.removeItem(5, 0); // no such section: nothing happens
    CHECK(stack->count() == 1);
    stack->undo();
    CHECK(document.version().sections[0].items[0].question == QStringLiteral("Greeted?"));

    // Loading another version starts afresh.
    ScorecardVersion published = draft();
    published.status = VersionStatus::Published;
    document.load(published);
    CHECK(stack->count() == 0);
    CHECK_FALSE(document.isEditable());
    document.addSection(0, QStringLiteral("New"));
    CHECK(stack->count() == 0);
    CHECK(document.version() == published);
}
