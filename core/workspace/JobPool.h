#pragma once

class QThreadPool;

namespace qadesk {

// The pool for long background jobs (the integrity check, building a demo, report previews and exports, import checks
// and imports, call metrics, auto-QA runs, waveforms): QtConcurrent::run(jobPool(), ...), never the global pool. Qt 6.4's raster engine splits
// a large fill (and QImage a large scaling or conversion) into pieces that it runs on QThreadPool::globalInstance()
// while the GUI thread waits for them (qdrawhelper.cpp; Qt 6.6 gave painting a pool of its own). Jobs holding every
// global thread (two on a two-core machine) for seconds would stop the window from painting until one ended.
// Made at first use; the application owns it and waits for its jobs as it goes.
QThreadPool* jobPool();

} // namespace qadesk
