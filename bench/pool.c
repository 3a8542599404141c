/*
 * A tiny thread team for the bench's own parallel work (the roofline probes and
 * the row softmax of the materialized baseline). Idle workers sleep on a
 * condition variable, so they never spin against the library's threads or
 * OpenBLAS's while those are being timed.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>

#include "afb.h"

typedef struct afb_worker {
    afb_pool *pool;
    int id;
} afb_worker;

struct afb_pool {
    int n;
    pthread_t *tids;
    afb_worker *workers;
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_done;
    unsigned long gen;
    int pending;
    int stop;
    afb_pool_fn fn;
    void *arg;
};

static void *worker_main(void *p_)
{
    afb_worker *w = p_;
    afb_pool *p = w->pool;
    unsigned long seen = 0;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->stop && p->gen == seen)
            pthread_cond_wait(&p->cv_work, &p->mu);
        if (p->stop) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        seen = p->gen;
        afb_pool_fn fn = p->fn;
        void *arg = p->arg;
        pthread_mutex_unlock(&p->mu);

        fn(arg, w->id, p->n);

        pthread_mutex_lock(&p->mu);
        if (--p->pending == 0)
            pthread_cond_signal(&p->cv_done);
        pthread_mutex_unlock(&p->mu);
    }
}

afb_pool *afb_pool_create(int threads)
{
    if (threads < 1)
        threads = 1;
    afb_pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->n = threads;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv_work, NULL);
    pthread_cond_init(&p->cv_done, NULL);
    if (threads > 1) {
        p->tids = calloc((size_t)threads, sizeof *p->tids);
        p->workers = calloc((size_t)threads, sizeof *p->workers);
        if (!p->tids || !p->workers) {
            free(p->tids);
            free(p->workers);
            free(p);
            return NULL;
        }
        for (int i = 1; i < threads; i++) {
            p->workers[i].pool = p;
            p->workers[i].id = i;
            if (pthread_create(&p->tids[i], NULL, worker_main, &p->workers[i]) != 0) {
                /* run with the threads we got */
                p->n = i;
                break;
            }
        }
    }
    return p;
}

int afb_pool_size(const afb_pool *p)
{
    return p->n;
}

void afb_pool_run(afb_pool *p, afb_pool_fn fn, void *arg)
{
    if (p->n == 1) {
        fn(arg, 0, 1);
        return;
    }
    pthread_mutex_lock(&p->mu);
    p->fn = fn;
    p->arg = arg;
    p->pending = p->n - 1;
    p->gen++;
    pthread_cond_broadcast(&p->cv_work);
    pthread_mutex_unlock(&p->mu);

    fn(arg, 0, p->n);

    pthread_mutex_lock(&p->mu);
    while (p->pending > 0)
        pthread_cond_wait(&p->cv_done, &p->mu);
    pthread_mutex_unlock(&p->mu);
}

void afb_pool_destroy(afb_pool *p)
{
    if (!p)
        return;
    if (p->n > 1) {
        pthread_mutex_lock(&p->mu);
        p->stop = 1;
        pthread_cond_broadcast(&p->cv_work);
        pthread_mutex_unlock(&p->mu);
        for (int i = 1; i < p->n; i++)
            pthread_join(p->tids[i], NULL);
    }
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv_work);
    pthread_cond_destroy(&p->cv_done);
    free(p->tids);
    free(p->workers);
    free(p);
}
