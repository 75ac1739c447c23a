#include "TestSupport.h"
#include "scoring/ScorecardImport.h"
#include "scoring/ScorecardJson.h"
#include "storage/ScorecardRepository.h"
#include "workspace/WorkspaceCounts.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace qadesk;

TEST_CASE("the shipped Korean forms read, and export then import then export gives the same document")
{
    const QStringList forms = ScorecardJson::shippedForms();
    REQUIRE(forms.size() == 2);
    for (const QString& path : forms) {
        INFO(path.toStdString());
        QStringList errors;
        const auto document = ScorecardJson::readFile(path, &errors);
        INFO(errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(document);
        CHECK(document->version.itemCount() >= 10);
        for (const auto& section : document->version.sections) {
            for (const auto& item : section.items)
                CHECK_FALSE(item.guidance.isEmpty());
        }
        const QByteArray exported = ScorecardJson::write(document->scorecard, document->version);
        const auto again = ScorecardJson::read(exported, &errors);
        REQUIRE(again);
        CHECK(again->version == document->version);
        CHECK(again->scorecard == document->scorecard);
        CHECK(ScorecardJson::write(again->scorecard, again->version) == exported);
    }
}

TEST_CASE("a stored version exports to the same document it was imported from")
{
    QTemporaryDir dir;
    const auto db = test::memoryWorkspace();
    const QString path = ScorecardJson::shippedForms().first();
    QStringList errors;
    const auto imported
        = ScorecardImport::importFile(*db, path, false, test::managerActor(QStringLiteral("admin")), &errors);
    REQUIRE(imported);
    CHECK(imported->published);
    ScorecardRepository cards(*db);
    const QByteArray fromWorkspace = ScorecardJson::write(*cards.find(imported->scorecardId), *cards.version(imported->versionId));
    const auto original = ScorecardJson::readFile(path, &errors);
    CHECK(fromWorkspace == ScorecardJson::write(original->scorecard, original->version));
}

TEST_CASE("reading errors name the JSON path and the problem")
{
    const auto problems = [](const char* json) {
        QStringList errors;
        CHECK_FALSE(ScorecardJson::read(QByteArray(json), &errors));
        return errors.join(QLatin1Char('\n'));
    };
    CHECK(problems("{\"format\": \"qadesk-scorecard\", \"format_version\": 1, \"name\": \"x\", \"sections\": ["
                   "{\"title\": \"a\", \"items\": [{\"key\": \"k\", \"question\": \"q\", \"kind\": \"yes_no\", \"max_points\": 0}]}]}")
          .contains(QStringLiteral("sections[0].items[0].max_points: must be > 0")));
    CHECK(problems("{\"format\": \"qadesk-scorecard\", \"format_version\": 1, \"name\": \"x\", \"sections\": ["
                   "{\"title\": \"a\", \"items\": [{\"key\": \"k\", \"question\": \"q\", \"kind\": \"stars\", \"max_points\": 5}]}]}")
          .contains(QStringLiteral("sections[0].items[0].kind: must be one of yes_no, scale, options")));
    CHECK(problems("{\"format\": \"qadesk-scorecard\", \"format_version\": 3, \"sections\": []}")
              .contains(QStringLiteral("format_version: this QA Desk reads versions 1 to 2 (the file is version 3)")));
    CHECK(problems("{\"format\": \"qadesk-scorecard\", \"format_version\": 1, \"sections\": []}")
          .contains(QStringLiteral("name: is required")));
    CHECK(problems("{\n  \"name\": \"x\",\n  oops\n}").contains(QStringLiteral("line 3, column")));
    CHECK(problems("[1, 2]").contains(QStringLiteral("must be a JSON object")));
}

TEST_CASE("importing a bad file adds nothing and lists every problem with the file name")
{
    const auto db = test::memoryWorkspace();
    QStringList errors;
    const QString path = test::dataPath(QStringLiteral("scoring/bad-form.json"));
    CHECK_FALSE(ScorecardImport::importFile(*db, path, false, test::managerActor(QStringLiteral("admin")), &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("bad-form.json")));
    CHECK(all.contains(QStringLiteral("sections[0].items[1].key")));
    CHECK(all.contains(QStringLiteral("sections[1].items[0].options[1].points")));
    CHECK(all.contains(QStringLiteral("sections[1].items[0].critical")));
    CHECK(errors.size() == 3);
    CHECK(countWorkspace(*db).scorecards == 0);
}
