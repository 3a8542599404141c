/*
 * A persistent pthread pool: n - 1 workers plus the calling thread.
 *
 * A run publishes (fn, arg) and the task ranges under a new generation
 * number and wakes the workers. The task indices are cut into one contiguous range per
 * participant (participant w of T: [n w / T, n (w + 1) / T)); each takes the
 * tasks of its own range in order, from the range's counter, then helps the
 * others, taking from their counters in turn, so uneven tiles such as the
 * causal triangle still balance themselves. Which participant runs a task
 * never changes a result (the planner's tiles and merge order do not depend
 * on it). Why ranges and not one shared counter: a decode's tasks are key
 * chunks in order, and a chunk's last key block prefetches the next chunk's
 * first block (templates/decode.c.in), which with one counter the other
 * thread had taken; with ranges a participant's next task is that chunk, as
 * on one thread. Measured against one counter (AMD EPYC Zen 4, 2 threads,
 * 5 interleaved rounds, docs/performance-log.md section 34): decode at Skv
 * 32768 from DRAM 0.97-1.25x by row, medians (13 of 15 rows above 1),
 * Skv 4096 0.95-1.48x; prefill and packed batches unchanged.
 *
 * Joining and closing: a worker takes part in a run only if it enters it
 * before the caller has closed it, and the caller waits only for workers
 * that entered. When the caller has taken the last task it closes the run
 * and waits for the workers still inside, whose tasks are then the only
 * ones left. So a worker that wakes late (a sleeping thread takes 15-120 us
 * to wake in the VMs measured) never makes the caller wait for it: the call
 * takes at most about what the caller alone would take.
 *
 * Idle workers spin briefly (calls often arrive back to back during decode),
 * then poll with sched_yield() for up to poll_us (ATTNFORGE_POOL_POLL_US,
 * default AF_POOL_POLL_US), then sleep on a condition variable, so an idle
 * pool burns no core. Polling keeps a worker awake across an engine's other
 * work between two attention calls (a layer's matrix products): waking a
 * sleeping thread cost the caller 12-60 us of futex wake-up and the worker
 * another 30-50 us before it ran (a 100-us decode then took 116 us instead of
 * 81; docs/performance-log.md, section 21). A poller gives its core to any
 * thread that wants it (sched_yield), and goes to sleep at once when one
 * did, i.e. when a yield took longer than AF_POLL_BUSY_US.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/* ~2000 pauses: tens of microseconds, enough to bridge the two passes of a
 * call and back-to-back calls */
#define AF_SPIN_ITERS 2000
/* a yield that took longer than this gave the core to another thread */
#define AF_POLL_BUSY_US 20

/* run state: generation << 32 | AF_RUN_CLOSED | workers inside the run */
#define AF_RUN_CLOSED (1ull << 31)
#define AF_RUN_INSIDE (AF_RUN_CLOSED - 1)

/* One participant's share of a run's tasks, [next, end): its owner and then
 * any helper take them from the front (next only grows; past end: none left). */
typedef struct {
    _Alignas(64) atomic_llong next;
    int64_t end;
} af_range;

struct af_pool {
    int n_threads;
    af_range *ranges;       /* one per participant (caller = 0) */
    int poll_us;
    pthread_t *threads;
    pthread_mutex_t mu;
    pthread_cond_t wake, done;
    /* the current run, valid for generation `gen` while it is open or a
     * worker is inside it */
    attnforge_task_fn fn;
    void *arg;
    atomic_uint gen;        /* bumped to start a run */
    atomic_ullong run;      /* generation, closed flag, workers inside */
    atomic_int quit;
};

typedef struct { af_pool *pool; int id; } worker_arg;

static inline void cpu_pause(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

/* Runs the tasks of participant `worker`'s own range, then of the others'. */
static void drain(af_pool *p, int worker)
{
    for (int i = 0; i < p->n_threads; i++) {
        af_range *r = &p->ranges[(worker + i) % p->n_threads];
        for (;;) {
            int64_t t = atomic_fetch_add_explicit(&r->next, 1, memory_order_relaxed);
            if (t >= r->end) break;
            p->fn(p->arg, t, worker);
        }
    }
}

static double mono_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec * 1e-3;
}

/* Waits until the generation differs from `seen` (returned) or quit is set
 * (returns `seen`): spin, poll, then sleep. */
static unsigned wait_for_run(af_pool *p, unsigned seen)
{
    unsigned g = atomic_load_explicit(&p->gen, memory_order_acquire);
    for (int s = 0; g == seen && s < AF_SPIN_ITERS; s++) {
        cpu_pause();
        g = atomic_load_explicit(&p->gen, memory_order_acquire);
    }
    if (g != seen) return g;
    const double t0 = mono_us();
    double last = t0;
    while (g == seen && !atomic_load_explicit(&p->quit, memory_order_relaxed)) {
        const double t = mono_us();
        if (t - t0 >= p->poll_us || t - last > AF_POLL_BUSY_US) break;
        last = t;
        sched_yield();
        g = atomic_load_explicit(&p->gen, memory_order_acquire);
    }
    if (g != seen) return g;
    pthread_mutex_lock(&p->mu);
    while ((g = atomic_load_explicit(&p->gen, memory_order_acquire)) == seen &&
           !atomic_load_explicit(&p->quit, memory_order_relaxed))
        pthread_cond_wait(&p->wake, &p->mu);
    pthread_mutex_unlock(&p->mu);
    return g;
}

/* Enters run g unless it is closed or already followed by another: 1 if the
 * worker is now inside it. */
static int enter_run(af_pool *p, unsigned g)
{
    unsigned long long r = atomic_load_explicit(&p->run, memory_order_acquire);
    while ((unsigned)(r >> 32) == g && !(r & AF_RUN_CLOSED))
        if (atomic_compare_exchange_weak_explicit(&p->run, &r, r + 1, memory_order_acquire,
                                                  memory_order_acquire))
            return 1;
    return 0;
}

static void *worker_main(void *v)
{
    worker_arg wa = *(worker_arg *)v;
    free(v);
    af_pool *p = wa.pool;
    unsigned seen = 0;
    for (;;) {
        const unsigned g = wait_for_run(p, seen);
        if (atomic_load_explicit(&p->quit, memory_order_relaxed)) return NULL;
        seen = g;
        if (!enter_run(p, g)) continue;
        drain(p, wa.id);
        const unsigned long long r = atomic_fetch_sub_explicit(&p->run, 1, memory_order_acq_rel);
        if ((r & AF_RUN_CLOSED) && (r & AF_RUN_INSIDE) == 1) { /* the caller waits for us */
            pthread_mutex_lock(&p->mu);
            pthread_cond_signal(&p->done);
            pthread_mutex_unlock(&p->mu);
        }
    }
}

af_pool *attnforge_pool_create(int n_threads, int poll_us)
{
    if (n_threads < 2) return NULL;
    af_pool *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->n_threads = n_threads;
    p->poll_us = poll_us > 0 ? poll_us : 0;
    p->threads = calloc((size_t)n_threads, sizeof *p->threads);
    p->ranges = aligned_alloc(64, (size_t)n_threads * sizeof *p->ranges);
    if (!p->threads || !p->ranges) { free(p->threads); free(p->ranges); free(p); return NULL; }
    for (int w = 0; w < n_threads; w++) {
        atomic_init(&p->ranges[w].next, 0);
        p->ranges[w].end = 0;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->wake, NULL);
    pthread_cond_init(&p->done, NULL);
    atomic_init(&p->gen, 0);
    atomic_init(&p->run, AF_RUN_CLOSED); /* generation 0: closed, never run */
    atomic_init(&p->quit, 0);
    for (int w = 1; w < n_threads; w++) {
        worker_arg *wa = malloc(sizeof *wa);
        if (wa) *wa = (worker_arg){p, w};
        if (!wa || pthread_create(&p->threads[w], NULL, worker_main, wa) != 0) {
            free(wa);
            p->n_threads = w; /* destroy joins the ones that started */
            attnforge_pool_destroy(p);
            return NULL;
        }
    }
    return p;
}

void attnforge_pool_destroy(af_pool *p)
{
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    atomic_store_explicit(&p->quit, 1, memory_order_relaxed);
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);
    for (int w = 1; w < p->n_threads; w++) pthread_join(p->threads[w], NULL);
    pthread_cond_destroy(&p->wake);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p->threads);
    free(p->ranges);
    free(p);
}

void attnforge_pool_run(af_pool *p, attnforge_task_fn fn, void *arg, int64_t n_tasks)
{
    /* the last run is closed and empty: nobody reads these now */
    const unsigned g = atomic_load_explicit(&p->gen, memory_order_relaxed) + 1;
    p->fn = fn;
    p->arg = arg;
    for (int w = 0; w < p->n_threads; w++) {
        atomic_store_explicit(&p->ranges[w].next, n_tasks * w / p->n_threads, memory_order_relaxed);
        p->ranges[w].end = n_tasks * (w + 1) / p->n_threads;
    }
    atomic_store_explicit(&p->run, (unsigned long long)g << 32, memory_order_release);
    pthread_mutex_lock(&p->mu);
    atomic_store_explicit(&p->gen, g, memory_order_release);
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);

    drain(p, 0);

    /* every task is taken: close the run, then wait for the workers inside */
    unsigned long long r = atomic_fetch_or_explicit(&p->run, AF_RUN_CLOSED, memory_order_acq_rel);
    for (int s = 0; s < AF_SPIN_ITERS && (r & AF_RUN_INSIDE); s++) {
        cpu_pause();
        r = atomic_load_explicit(&p->run, memory_order_acquire);
    }
    if (r & AF_RUN_INSIDE) {
        pthread_mutex_lock(&p->mu);
        while (atomic_load_explicit(&p->run, memory_order_acquire) & AF_RUN_INSIDE)
            pthread_cond_wait(&p->done, &p->mu);
        pthread_mutex_unlock(&p->mu);
    }
}

int attnforge_cpu_count(void)
{
#if defined(__linux__)
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0) return n;
    }
#endif
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}
