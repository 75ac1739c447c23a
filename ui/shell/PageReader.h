#pragma once

#include "storage/StorageError.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace qadesk {

class BusyBar;
class Database;

// The worker thread where the pages of one window read, with its own read-only connection to the window's
// workspace (opened on the worker at its first read), so the GUI thread never waits for a query. Registered for
// its Database while it lives: a PageReader of a page on that workspace uses it. Destroy it before the Database.
class BackgroundReads final
{
public:
    explicit BackgroundReads(const Database& database);
    ~BackgroundReads();
    Q_DISABLE_COPY_MOVE(BackgroundReads)

    static BackgroundReads* of(const Database& database); // null when nobody reads that workspace in the background
    // Runs `work` on the worker with its connection, or `cannotOpen` with the reason when it cannot open.
    QFuture<void> run(std::function<void(const Database&)> work, std::function<void(const QString&)> cannotOpen);

private:
    const Database& m_database;
    QThreadPool m_pool; // one thread that never expires, so its connection stays with it
    std::unique_ptr<Database> m_connection; // only touched on the worker
};

// A page's reads: `read` runs on its window's BackgroundReads (or, for a page made without a window, at once on the
// page's own connection), then `fill` gets its result on the GUI thread. Meanwhile a busy bar shows along the top of
// the page. A read asked for while another runs supersedes it: the older result is discarded, never shown over a
// newer one. `read` must not capture the page: it runs on another thread, maybe after the page is gone.
class PageReader final : public QObject
{
    Q_OBJECT

public:
    PageReader(const Database& database, QWidget* page);

    template <typename T>
    void read(std::function<T(const Database&)> read, std::function<void(T&)> fill,
              std::function<void(const QString&)> failed);
    bool isReading() const { return m_reading; }

private:
    void setReading(bool reading);
    bool eventFilter(QObject* watched, QEvent* event) override;

    const Database& m_database;
    QWidget* m_page;
    BusyBar* m_busy = nullptr;
    int m_request = 0;
    bool m_reading = false;
};

template <typename T>
void PageReader::read(std::function<T(const Database&)> read, std::function<void(T&)> fill,
                      std::function<void(const QString&)> failed)
{
    const int request = ++m_request;
    BackgroundReads* worker = BackgroundReads::of(m_database);
    if (!worker) {
        try {
            T result = read(m_database);
            fill(result);
        } catch (const StorageError& e) {
            failed(e.message());
        }
        return;
    }
    setReading(true);
    auto result = std::make_shared<std::optional<T>>();
    auto error = std::make_shared<QString>();
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, result, error, fill, failed] {
        watcher->deleteLater();
        if (request != m_request)
            return; // a newer read is under way: this result is stale
        setReading(false);
        if (*result)
            fill(**result);
        else
            failed(*error);
    });
    watcher->setFuture(worker->run(
        [read, result, error](const Database& db) {
            try {
                *result = read(db);
            } catch (const StorageError& e) {
                *error = e.message();
            }
        },
        [error](const QString& reason) { *error = reason; }));
}

} // namespace qadesk
