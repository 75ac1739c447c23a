#pragma once

#include "people/WorkspaceSetup.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace qadesk::cli {

// The options of a new centre, shared by init (a file) and server init: --centre, --time-zone, --admin, --admin-name,
// --password-stdin, --target and --no-scorecards. `zoneHelp` says whether the zone has a default.
void addCentreOptions(QCommandLineParser& parser, const QString& zoneHelp);
// Reads them into *setup; the zone defaults to this computer's unless `zoneRequired`. Returns -1 to go on, or the exit
// code to stop with after printing what is missing or wrong.
int readCentreOptions(const QCommandLineParser& parser, const QString& command, bool zoneRequired, CentreSetup* setup);
// What a set-up made, for the JSON a command prints: centre, zone, administrator, target and scorecard files.
QJsonObject centreJson(const QCommandLineParser& parser, const CentreSetup& setup);

} // namespace qadesk::cli
