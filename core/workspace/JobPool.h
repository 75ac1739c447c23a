#pragma once

class QThreadPool;

namespace qadesk {

// The pool for long background jobs (building a demo, report previews and exports, import checks and imports, auto-QA
// runs, waveforms): QtConcurrent::run(jobPool(), ...), never the global pool. Qt 6.4's raster engine splits
// a large fill (and QImage a large scaling or conversion) into pieces that it runs on QThreadPool::globalInstance()
// while the GUI thread waits for them (qdrawhelper.cpp; Qt 6.6 gave painting a pool of its own). Jobs holding every
// global thread (two on a two-core machine) for seconds would stop the window from painting until one ended.
// Made at first use; the application owns it and waits for its jobs as it goes.
QThreadPool* jobPool();

// The pool for housekeeping nobody waits on (the background integrity check of a large workspace, measuring imported
// calls), apart from jobPool() so that the user's jobs never queue behind it. Each of its jobs first calls
// yieldToForegroundWork(). Made at first use; the application owns it.
QThreadPool* housekeepingPool();

// Lowers the calling thread's priority (nice 10 on Linux) for good, so on a busy machine the pages' reads and the
// user's jobs get the processor first while this thread still advances. For housekeepingPool()'s threads only.
void yieldToForegroundWork();
// Lowers the calling thread's priority a little (nice 5 on Linux) for good: on a two-core machine busy with reads and
// housekeeping, the GUI thread then gets a core as soon as it has something to paint, and this thread still comes
// before housekeeping. For the thread that reads the pages' data.
void yieldToTheWindow();

} // namespace qadesk
