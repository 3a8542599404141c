/*
 * A persistent pthread pool: n - 1 workers plus the calling thread.
 *
 * A run publishes (fn, arg, n_tasks) under a new generation number and wakes
 * the workers; every participant takes task indices from one atomic counter
 * (dynamic scheduling, so uneven tiles such as the causal triangle balance
 * themselves) and the caller waits until the last one has checked out. Idle
 * workers spin briefly (calls often arrive back to back during decode) and
 * then sleep on a condition variable, so an idle pool burns no core.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "internal.h"

/* ~2000 pauses: tens of microseconds, enough to bridge the two passes of a
 * call and back-to-back calls, short enough not to steal a core for long from
 * an engine whose own threads run between attention calls */
#define AF_SPIN_ITERS 2000

struct af_pool {
    int n_threads;
    pthread_t *threads;
    pthread_mutex_t mu;
    pthread_cond_t wake, done;
    /* the current run, valid for generation `gen` */
    attnforge_task_fn fn;
    void *arg;
    int64_t n_tasks;
    atomic_llong next;       /* next task index to hand out */
    atomic_uint gen;         /* bumped to start a run */
    atomic_int busy;         /* workers still inside the current run */
    int quit;
};

typedef struct { af_pool *pool; int id; } worker_arg;

static void drain(af_pool *p, int worker)
{
    for (;;) {
        int64_t t = atomic_fetch_add_explicit(&p->next, 1, memory_order_relaxed);
        if (t >= p->n_tasks) break;
        p->fn(p->arg, t, worker);
    }
}

static void *worker_main(void *v)
{
    worker_arg wa = *(worker_arg *)v;
    free(v);
    af_pool *p = wa.pool;
    unsigned seen = 0;
    for (;;) {
        /* spin a little, then sleep until a new generation (or quit) */
        unsigned g = atomic_load_explicit(&p->gen, memory_order_acquire);
        for (int s = 0; g == seen && s < AF_SPIN_ITERS; s++) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
            g = atomic_load_explicit(&p->gen, memory_order_acquire);
        }
        if (g == seen) {
            pthread_mutex_lock(&p->mu);
            while ((g = atomic_load_explicit(&p->gen, memory_order_acquire)) == seen && !p->quit)
                pthread_cond_wait(&p->wake, &p->mu);
            int quit = p->quit;
            pthread_mutex_unlock(&p->mu);
            if (quit) return NULL;
        }
        seen = g;
        drain(p, wa.id);
        if (atomic_fetch_sub_explicit(&p->busy, 1, memory_order_acq_rel) == 1) {
            pthread_mutex_lock(&p->mu);
            pthread_cond_signal(&p->done);
            pthread_mutex_unlock(&p->mu);
        }
    }
}

af_pool *attnforge_pool_create(int n_threads)
{
    if (n_threads < 2) return NULL;
    af_pool *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->n_threads = n_threads;
    p->threads = calloc((size_t)n_threads, sizeof *p->threads);
    if (!p->threads) { free(p); return NULL; }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->wake, NULL);
    pthread_cond_init(&p->done, NULL);
    atomic_init(&p->next, 0);
    atomic_init(&p->gen, 0);
    atomic_init(&p->busy, 0);
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
    p->quit = 1;
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);
    for (int w = 1; w < p->n_threads; w++) pthread_join(p->threads[w], NULL);
    pthread_cond_destroy(&p->wake);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p->threads);
    free(p);
}

void attnforge_pool_run(af_pool *p, attnforge_task_fn fn, void *arg, int64_t n_tasks)
{
    pthread_mutex_lock(&p->mu);
    p->fn = fn;
    p->arg = arg;
    p->n_tasks = n_tasks;
    atomic_store_explicit(&p->next, 0, memory_order_relaxed);
    atomic_store_explicit(&p->busy, p->n_threads - 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&p->gen, 1, memory_order_release);
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);

    drain(p, 0);

    /* wait for every worker to leave this run before the next may start */
    for (int s = 0; s < AF_SPIN_ITERS && atomic_load_explicit(&p->busy, memory_order_acquire); s++) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    pthread_mutex_lock(&p->mu);
    while (atomic_load_explicit(&p->busy, memory_order_acquire))
        pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
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
