#include "TestSupport.h"
#include "reports/ReportBuilder.h"
#include "storage/OrganizationRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace qadesk;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// qadesk-cli as a script runs it: no display at all, so a PDF must render offscreen by itself. `lang` sets LANG
// alone (the tests' LC_ALL would override it).
Run cli(const QStringList& arguments, const QString& lang = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QString::fromLatin1(name));
    if (!lang.isEmpty()) {
        for (const char* name : { "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANGUAGE" })
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), lang);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QADESK_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(20000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Centre {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("centre.qadesk"));
    Centre()
    {
        const Run demo = cli({ QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--until"), QStringLiteral("2026-11-20"),
                               QStringLiteral("--agents"), QStringLiteral("6"), QStringLiteral("--months"), QStringLiteral("3"),
                               QStringLiteral("--recordings"), QStringLiteral("0"), QStringLiteral("--quiet") });
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
    }
    // The same report computed in this process, to hold the files against.
    Report report(const QString& id, const QString& employeeId = {}) const
    {
        QString error;
        const auto db = Database::open(path, &error);
        REQUIRE(db);
        ReportRequest request { id, QDate(2026, 10, 1), QDate(2026, 10, 31), {}, {} }; // overdue as of the clock's today, as the CLI
        if (!employeeId.isEmpty()) {
            const auto agent = AgentRepository(*db).findByEmployeeId(employeeId);
            REQUIRE(agent);
            request.scope.agentId = agent->id;
        }
        const auto report = ReportBuilder::build(*db, test::managerActor(), request, {}, &error);
        REQUIRE(report);
        return *report;
    }
};

} // namespace

TEST_CASE("qadesk-cli report writes XLSX, CSV and PDF headless, with the app's figures")
{
    const Centre centre;
    const Report team = centre.report(QStringLiteral("team"));
    const ReportTable& agents = *team.table(QStringLiteral("agents"));

    const QString xlsx = centre.dir.filePath(QStringLiteral("team.xlsx"));
    Run run = cli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), centre.path, QStringLiteral("--user"), QStringLiteral("manager"),
                    QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                    QStringLiteral("--out"), xlsx });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("files")).toArray().at(0).toString() == xlsx);
    CHECK(json.value(QStringLiteral("tables")).toArray().at(1).toObject().value(QStringLiteral("rows")).toInt() == agents.rows.size());
    const QString workbook = tool(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml") });
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Agents ranked\"")));
    const QString strings = tool(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml") });
    const QString sheet = tool(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet2.xml") });
    const QString topAgent = agents.rows.at(0).at(1).toString();
    CHECK(strings.contains(topAgent)); // a Korean name
    const auto top = QRegularExpression(QStringLiteral("<c r=\"F5\"[^>]*><v>([^<]*)</v>")).match(sheet);
    REQUIRE(top.hasMatch());
    CHECK(top.captured(1).toDouble() == Approx(agents.rows.at(0).at(5).toDouble()));

    const QString csv = centre.dir.filePath(QStringLiteral("team.csv"));
    run = cli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), centre.path, QStringLiteral("--user"), QStringLiteral("manager"), QStringLiteral("--period"),
                QStringLiteral("2026-10"), QStringLiteral("--out"), csv });
    REQUIRE(run.exitCode == 0);
    QFile agentsCsv(centre.dir.filePath(QStringLiteral("team-agents.csv")));
    REQUIRE(agentsCsv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(agentsCsv.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == agents.rows.size() + 1);
    CHECK(lines.at(1).startsWith(QStringLiteral("1,%1,").arg(topAgent)));
    CHECK(lines.at(1).contains(QStringLiteral(",%1,").arg(QString::number(agents.rows.at(0).at(5).toDouble(), 'f', 1))));

    const Report card = centre.report(QStringLiteral("agent"), QStringLiteral("A0001"));
    const QString pdf = centre.dir.filePath(QStringLiteral("agent.pdf"));
    run = cli({ QStringLiteral("report"), QStringLiteral("agent"), QStringLiteral("--workspace"), centre.path, QStringLiteral("--user"), QStringLiteral("manager"), QStringLiteral("--period"),
                QStringLiteral("2026-10"), QStringLiteral("--agent"), QStringLiteral("A0001"), QStringLiteral("--format"),
                QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(tool(QStringLiteral("pdfinfo"), { pdf }).contains(QRegularExpression(QStringLiteral("Pages:\\s+[1-9]"))));
    const QString text = tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    const QVariantList summary = card.table(QStringLiteral("summary"))->rows.at(0);
    CHECK(text.contains(summary.at(0).toString())); // the agent's Korean name
    CHECK(text.contains(QStringLiteral("A0001")));
    CHECK(text.contains(QLocale::c().toString(summary.at(4).toDouble(), 'f', 1))); // the average score
    CHECK(text.contains(QStringLiteral("Period 2026-10")));
}

TEST_CASE("qadesk-cli report says what is wrong")
{
    const Centre centre;
    const QString out = centre.dir.filePath(QStringLiteral("x.pdf"));
    Run run = cli({ QStringLiteral("report"), QStringLiteral("agent"), QStringLiteral("--workspace"), centre.path, QStringLiteral("--user"), QStringLiteral("manager"),
                    QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--out"), out });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("choose an agent")));
    CHECK_FALSE(QFile::exists(out));
    run = cli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), centre.path, QStringLiteral("--user"), QStringLiteral("manager"),
                QStringLiteral("--period"), QStringLiteral("October"), QStringLiteral("--out"), out });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--period must be YYYY-MM")));
    run = cli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), centre.path, QStringLiteral("--user"), QStringLiteral("manager"),
                QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--team"), QStringLiteral("Nowhere"),
                QStringLiteral("--out"), out });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no team \"Nowhere\"")));
    run = cli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), centre.path, QStringLiteral("--user"), QStringLiteral("manager"),
                QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--out"), centre.dir.filePath(QStringLiteral("x.doc")) });
    CHECK(run.exitCode == 2);
    run = cli({ QStringLiteral("report"), QStringLiteral("--list") });
    CHECK(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("reports")).toArray().size()
          == ReportBuilder::kinds().size());
}

TEST_CASE("qadesk-cli report follows the locale, or --lang")
{
    const Centre centre;
    // The header of the team report's ranked agents, as a file written in `lang` with `options` has it.
    const auto header = [&centre](const QString& lang, const QStringList& options) {
        const QString csv = centre.dir.filePath(QStringLiteral("team.csv"));
        QFile::remove(centre.dir.filePath(QStringLiteral("team-agents.csv")));
        const Run run = cli(QStringList { QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"),
                                          centre.path, QStringLiteral("--user"), QStringLiteral("manager"),
                                          QStringLiteral("--period"), QStringLiteral("2026-10"),
                                          QStringLiteral("--out"), csv }
                                + options,
                            lang);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QFile agents(centre.dir.filePath(QStringLiteral("team-agents.csv")));
        REQUIRE(agents.open(QIODevice::ReadOnly));
        return std::pair { QString::fromUtf8(agents.readAll().mid(3)).section(QStringLiteral("\r\n"), 0, 0),
                           QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("title")).toString() };
    };
    const auto korean = std::pair { QString::fromUtf8("순위,상담사,사번,팀,평가 수,평균 점수"), QString::fromUtf8("팀 요약") };
    const auto english = std::pair { QStringLiteral("Rank,Agent,Employee ID,Team,Evaluations,Average score"),
                                     QStringLiteral("Team summary") };
    const auto startsAs = [](const std::pair<QString, QString>& written, const std::pair<QString, QString>& expected) {
        INFO(written.first.toStdString());
        CHECK(written.first.startsWith(expected.first + QLatin1Char(',')));
        CHECK(written.second == expected.second);
    };
    startsAs(header(QStringLiteral("ko_KR.UTF-8"), {}), korean);
    startsAs(header(QStringLiteral("C.UTF-8"), { QStringLiteral("--lang"), QStringLiteral("ko") }), korean);
    startsAs(header(QStringLiteral("ko_KR.UTF-8"), { QStringLiteral("--lang"), QStringLiteral("en") }), english);
    startsAs(header(QStringLiteral("en_US.UTF-8"), {}), english);

    const Run wrong = cli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), centre.path, QStringLiteral("--user"), QStringLiteral("manager"),
                            QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--lang"), QStringLiteral("fr"),
                            QStringLiteral("--out"), centre.dir.filePath(QStringLiteral("fr.csv")) });
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--lang must be ko or en")));
}
