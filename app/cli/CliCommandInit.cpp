#include "CliCommandInit.h"

#include "CliCommand.h"
#include "CliCommandSignIn.h"

#include "people/WorkspaceSetup.h"
#include "scoring/ScorecardJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace qadesk::cli {

void addCentreOptions(QCommandLineParser& parser, const QString& zoneHelp)
{
    parser.addOption({ QStringLiteral("centre"), QStringLiteral("The centre's name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("time-zone"), zoneHelp, QStringLiteral("ZONE") });
    parser.addOption({ QStringLiteral("admin"), QStringLiteral("The first administrator's login."), QStringLiteral("LOGIN") });
    parser.addOption({ QStringLiteral("admin-name"), QStringLiteral("The administrator's display name (default: the login)."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("password-stdin"),
                       QStringLiteral("Read the administrator's password from standard input (otherwise from "
                                      "QADESK_PASSWORD).") });
    parser.addOption({ QStringLiteral("target"), QStringLiteral("The default target score in percent (default 85)."),
                       QStringLiteral("PERCENT"), QStringLiteral("85") });
    parser.addOption({ QStringLiteral("no-scorecards"), QStringLiteral("Add none of the shipped Korean scorecards.") });
}

int readCentreOptions(const QCommandLineParser& parser, const QString& command, bool zoneRequired, CentreSetup* setup)
{
    if (!requireOption(parser, QStringLiteral("centre"), &setup->centreName)
        || !requireOption(parser, QStringLiteral("admin"), &setup->adminLogin)
        || (zoneRequired && !requireOption(parser, QStringLiteral("time-zone"), &setup->timeZoneId)))
        return 2;
    setup->timeZoneId = parser.isSet(QStringLiteral("time-zone")) ? parser.value(QStringLiteral("time-zone"))
                                                                  : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    setup->adminDisplayName
        = parser.isSet(QStringLiteral("admin-name")) ? parser.value(QStringLiteral("admin-name")) : setup->adminLogin;
    double target = 0;
    if (!numberOption(parser, QStringLiteral("target"), &target))
        return 2;
    setup->targetScore = target / 100.0;
    if (parser.isSet(QStringLiteral("password-stdin")))
        setup->adminPassword = readStdinLine();
    else if (qEnvironmentVariableIsSet("QADESK_PASSWORD"))
        setup->adminPassword = qEnvironmentVariable("QADESK_PASSWORD");
    else
        return usageError(QStringLiteral("qadesk-cli %1: the administrator's password comes from QADESK_PASSWORD or, "
                                         "with --password-stdin, from standard input.")
                              .arg(command));
    if (!parser.isSet(QStringLiteral("no-scorecards")))
        setup->scorecards = ScorecardJson::shippedForms();
    return -1;
}

QJsonObject centreJson(const QCommandLineParser& parser, const CentreSetup& setup)
{
    QJsonArray scorecards;
    for (const QString& form : setup.scorecards)
        scorecards << QFileInfo(form).fileName();
    return { { QStringLiteral("centre"), setup.centreName },
             { QStringLiteral("time_zone"), setup.timeZoneId },
             { QStringLiteral("admin"), setup.adminLogin },
             { QStringLiteral("target"), parser.value(QStringLiteral("target")).toDouble() },
             { QStringLiteral("scorecards"), scorecards } };
}

namespace {

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("workspace"),
                       QStringLiteral("The new workspace file (*.qadesk); it must not exist."),
                       QStringLiteral("FILE") });
    addCentreOptions(parser,
                     QStringLiteral("The centre's IANA time zone (default: this computer's), e.g. Asia/Seoul."));
    if (const int code
        = parse(parser, arguments,
                QStringLiteral("Start a new workspace: the centre, its time zone, the first administrator "
                               "and the shipped Korean scorecards, published."));
        code >= 0)
        return code;

    CentreSetup setup;
    QString path;
    if (!requireOption(parser, QStringLiteral("workspace"), &path))
        return 2;
    if (const int code = readCentreOptions(parser, QStringLiteral("init"), false, &setup); code >= 0)
        return code;

    QString error;
    if (!WorkspaceSetup::create(path, setup, &error))
        return fail(error);
    QJsonObject made = centreJson(parser, setup);
    made.insert(QStringLiteral("workspace"), QFileInfo(path).absoluteFilePath());
    printJson(QJsonDocument(made));
    return 0;
}

const Registration s_init({ QStringLiteral("init"),
                            QStringLiteral("Start a new workspace with its centre, time zone and first administrator."),
                            &runInit });

} // namespace
} // namespace qadesk::cli
