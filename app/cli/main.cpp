#include "CliCommand.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void printUsage()
{
    QString text = QStringLiteral("Usage: qadesk-cli COMMAND [OPTIONS]\n\nQA Desk on the command line: every command "
                                  "prints JSON on stdout (or writes the file asked for),\nerrors on stderr with a "
                                  "non-zero exit code.\n\nCommands:\n");
    for (const auto& command : qadesk::cli::commands())
        text += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(16), command.summary);
    text += QStringLiteral("\n'qadesk-cli COMMAND --help' describes a command's options.\n");
    std::fputs(qPrintable(text), stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    // `report` draws PDF charts with Qt Charts, which needs a QApplication; headless, it renders offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("qadesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QADESK_VERSION));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        printUsage();
        return arguments.isEmpty() ? 2 : 0;
    }
    if (arguments.first() == QLatin1String("--version")) {
        std::fputs("qadesk-cli " QADESK_VERSION "\n", stdout);
        return 0;
    }
    for (const auto& command : qadesk::cli::commands()) {
        if (command.name != arguments.first())
            continue;
        // A failure no command foresaw (a damaged or incomplete workspace) is reported, never an abort.
        try {
            return command.run(arguments);
        } catch (const qadesk::StorageError& e) {
            return qadesk::cli::fail(QStringLiteral("qadesk-cli %1: %2").arg(command.name, e.message()));
        } catch (const std::exception& e) {
            return qadesk::cli::fail(
                QStringLiteral("qadesk-cli %1: %2").arg(command.name, QString::fromLocal8Bit(e.what())));
        }
    }
    std::fprintf(stderr, "qadesk-cli: unknown command \"%s\". Try 'qadesk-cli --help'.\n", qPrintable(arguments.first()));
    return 2;
}
