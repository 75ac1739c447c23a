#include "io/RatingsImport.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

std::optional<RatingsTable> parse(const char* text, RatingsImport::Values values, QString* error)
{
    return RatingsImport::parse(QString::fromUtf8(text), QStringLiteral("/somewhere/ratings.csv"), values, error);
}

QString problem(const char* text, RatingsImport::Values values = RatingsImport::Values::Numbers)
{
    QString error;
    const auto table = parse(text, values, &error);
    CHECK_FALSE(table);
    return error;
}

} // namespace

TEST_CASE("a ratings table: units, raters, numbers and missing cells")
{
    QString error;
    // The last row leaves out its empty last cell, as spreadsheets do; the first has an explicitly empty one.
    const auto table
        = parse("call,Kim,Lee,Park\nC1, 4 ,,5\nC2,3.5,3,3\n\nC3,2,2\n", RatingsImport::Values::Numbers, &error);
    REQUIRE(table);
    CHECK(error.isEmpty());
    CHECK(table->raters == QStringList { QStringLiteral("Kim"), QStringLiteral("Lee"), QStringLiteral("Park") });
    CHECK(table->units == QStringList { QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3") });
    CHECK(table->lines == QList<int> { 2, 3, 5 });
    CHECK(table->labels.isEmpty());
    REQUIRE(table->ratings.size() == 3);
    CHECK(table->ratings.at(0) == QList<std::optional<double>> { 4.0, std::nullopt, 5.0 });
    CHECK(table->ratings.at(1) == QList<std::optional<double>> { 3.5, 3.0, 3.0 });
    CHECK(table->ratings.at(2) == QList<std::optional<double>> { 2.0, 2.0, std::nullopt });
}

TEST_CASE("nominal text labels become codes in order of first appearance")
{
    QString error;
    const auto table
        = parse("상담,김,이\nC1,예,아니오\nC2,아니오,\nC3,모름,예\n", RatingsImport::Values::NumbersOrLabels, &error);
    REQUIRE(table);
    CHECK(table->labels == QStringList { QStringLiteral("예"), QStringLiteral("아니오"), QStringLiteral("모름") });
    CHECK(table->ratings.at(0) == QList<std::optional<double>> { 0.0, 1.0 });
    CHECK(table->ratings.at(1) == QList<std::optional<double>> { 1.0, std::nullopt });
    CHECK(table->ratings.at(2) == QList<std::optional<double>> { 2.0, 0.0 });

    // All numbers stay numbers, even where labels are allowed.
    const auto numbers = parse("u,a,b\n1,7,9\n", RatingsImport::Values::NumbersOrLabels, &error);
    REQUIRE(numbers);
    CHECK(numbers->labels.isEmpty());
    CHECK(numbers->ratings.at(0) == QList<std::optional<double>> { 7.0, 9.0 });
}

TEST_CASE("bad ratings files are refused naming the file, line and column")
{
    CHECK(
        problem("")
        == QStringLiteral("ratings.csv: the file is empty; its first line names the unit column and then each rater"));
    CHECK(problem("call\nC1\n")
          == QStringLiteral("ratings.csv:1: the header must name the unit column and at least one rater"));
    CHECK(problem("call,Kim,Lee\n") == QStringLiteral("ratings.csv:1: no units: the header is followed by no rows"));
    CHECK(problem("call,Kim,,Lee\nC1,1,2,3\n") == QStringLiteral("ratings.csv:1: column 3: the rater has no name"));
    CHECK(problem("call,Kim,Lee,Kim\nC1,1,2,3\n") == QStringLiteral("ratings.csv:1: Kim: repeats column 2"));
    CHECK(problem("call,Kim,Lee\nC1,1,2\nC2,1,2,3\n")
          == QStringLiteral("ratings.csv:3: 4 fields, but the header has 3"));
    CHECK(problem("call,Kim,Lee\nC1,1,2\n,1,2\n") == QStringLiteral("ratings.csv:3: call: the unit has no id"));
    CHECK(problem("call,Kim,Lee\nC1,1,2\nC2,1,2\nC1,2,2\n")
          == QStringLiteral("ratings.csv:4: call: \"C1\" repeats line 2"));
    CHECK(problem("call,Kim,Lee\nC1,1,2\nC2,1,high\n")
          == QStringLiteral("ratings.csv:3: Lee: \"high\" is not a number (text labels are for nominal data only)"));
    CHECK(problem("call,Kim,Lee\nC1,1,inf\n")
          == QStringLiteral("ratings.csv:2: Lee: \"inf\" is not a number (text labels are for nominal data only)"));
    CHECK(problem("call,Kim,Lee\nC1,1,-2\n", RatingsImport::Values::NonNegativeNumbers)
          == QStringLiteral("ratings.csv:2: Lee: -2 is negative; ratio data start at 0"));
    CHECK(problem("call,Kim,Lee\nC1,\"1,2\n") == QStringLiteral("ratings.csv: line 2: a quoted field is never closed"));

    QString header = QStringLiteral("call");
    for (int i = 0; i <= RatingsImport::s_maxRaters; ++i)
        header += QStringLiteral(",r%1").arg(i);
    QString error;
    CHECK_FALSE(RatingsImport::parse(header + QStringLiteral("\nC1\n"), QStringLiteral("wide.csv"),
                                     RatingsImport::Values::Numbers, &error));
    CHECK(error == QStringLiteral("wide.csv:1: 201 raters; at most 200 are allowed"));
}

TEST_CASE("a ratings file in CP949 reads with its Korean names")
{
    QString error;
    const auto table = RatingsImport::read(QStringLiteral(QADESK_TEST_DATA_DIR "/ratings/korean-cp949.csv"),
                                           std::nullopt, RatingsImport::Values::NumbersOrLabels, &error);
    REQUIRE(table);
    CHECK(table->raters.first() == QStringLiteral("김민수"));
    CHECK(table->labels == QStringList { QStringLiteral("예"), QStringLiteral("아니오") });
    CHECK(table->ratings.at(2) == QList<std::optional<double>> { 1.0, 1.0, std::nullopt });
    CHECK_FALSE(RatingsImport::read(QStringLiteral(QADESK_TEST_DATA_DIR "/ratings/missing.csv"), std::nullopt,
                                    RatingsImport::Values::Numbers, &error));
    CHECK(error.contains(QStringLiteral("missing.csv")));
}
