/*
 * attnforge._native: the CPython extension over attnforge's C API.
 *
 * One function, attention(), turns NumPy arrays or DLPack tensors (torch)
 * into an attnforge_params without copying them: the data pointer and the
 * byte strides of each array become the C API's element strides, so BSHD,
 * BHSD and any other view whose head dim is contiguous is passed as it is.
 * Everything is checked here with Python exceptions first (shapes, dtypes,
 * strides); what the C library rejects comes back as attnforge.Error with
 * attnforge_last_error()'s message. The GIL is released during the call.
 *
 * Written for call overhead: METH_FASTCALL with keywords matched against
 * interned names, NumPy's C API for array attributes, no Python-level
 * wrapper. python/tests/test_overhead.py measures it against the C call.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>

#include <math.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "attnforge.h"

/* ---- DLPack (the ABI-stable, unversioned struct of dlpack.h v0.x) ------------ */

typedef struct {
    int32_t device_type; /* 1 = CPU, 3 = CUDA host (pinned) memory */
    int32_t device_id;
} afp_dl_device;

typedef struct {
    uint8_t code; /* 0 int, 1 uint, 2 float, 4 bfloat, 7.. float8 kinds */
    uint8_t bits;
    uint16_t lanes;
} afp_dl_dtype;

typedef struct {
    void *data;
    afp_dl_device device;
    int32_t ndim;
    afp_dl_dtype dtype;
    int64_t *shape;
    int64_t *strides; /* in elements; NULL = compact row-major */
    uint64_t byte_offset;
} afp_dl_tensor;

typedef struct afp_dl_managed {
    afp_dl_tensor dl_tensor;
    void *manager_ctx;
    void (*deleter)(struct afp_dl_managed *self);
} afp_dl_managed;

/* DLPack dtype codes of the 8-bit floats (dlpack.h 1.1: kDLFloat8_e4m3fn,
 * kDLFloat8_e5m2). */
#define AFP_DL_F8_E4M3FN 10
#define AFP_DL_F8_E5M2 12

/* ---- module state (one interpreter) --------------------------------------- */

static PyObject *afp_error;     /* attnforge.Error, a ValueError */
static PyObject *afp_allocator; /* Python callable (like, shape, what) for non-NumPy outputs */
static PyObject *str_dlpack;    /* "__dlpack__" */

/* ---- tensor views --------------------------------------------------------------- */

enum {
    K_OTHER = 0, K_F32, K_F16, K_BF16, K_F64, K_U8, K_I8, K_I32, K_I64, K_F8E4M3, K_F8E5M2
};

static const char *kind_name(int k)
{
    static const char *n[] = {"an unsupported dtype", "float32", "float16", "bfloat16", "float64",
                              "uint8", "int8", "int32", "int64", "float8_e4m3fn", "float8_e5m2"};
    return (k >= 0 && k <= K_F8E5M2) ? n[k] : n[0];
}

#define AFP_MAXDIM 5

typedef struct {
    PyObject *owner; /* new reference: the ndarray, or the DLPack capsule */
    char *data;
    int ndim;
    int kind;
    int numpy; /* owner is an ndarray (outputs are then allocated with NumPy) */
    int writable;
    int64_t itemsize;
    int64_t shape[AFP_MAXDIM];
    int64_t strides[AFP_MAXDIM]; /* bytes */
} tview;

static int kind_of_descr(PyArray_Descr *d, int64_t itemsize)
{
    if (d->type_num >= NPY_USERDEF) {
        /* ml_dtypes' types (bfloat16, float8_e4m3fn, float8_e5m2), by name:
         * their kind letters vary ('V', 'f') */
        if (!d->typeobj) return K_OTHER;
        const char *n = d->typeobj->tp_name, *dot = strrchr(n, '.');
        if (dot) n = dot + 1;
        if (itemsize == 2 && strcmp(n, "bfloat16") == 0) return K_BF16;
        if (itemsize == 1 && strcmp(n, "float8_e4m3fn") == 0) return K_F8E4M3;
        if (itemsize == 1 && strcmp(n, "float8_e5m2") == 0) return K_F8E5M2;
        return K_OTHER;
    }
    switch (d->kind) {
    case 'f':
        return itemsize == 4 ? K_F32 : itemsize == 2 ? K_F16 : itemsize == 8 ? K_F64 : K_OTHER;
    case 'u': return itemsize == 1 ? K_U8 : K_OTHER;
    case 'i': return itemsize == 1 ? K_I8 : itemsize == 4 ? K_I32 : itemsize == 8 ? K_I64 : K_OTHER;
    default: return K_OTHER;
    }
}

/* Takes a reference to a (steals it when steal). */
static int view_numpy(PyArrayObject *a, tview *t, const char *name, int steal)
{
    const int nd = PyArray_NDIM(a);
    if (nd > AFP_MAXDIM) {
        PyErr_Format(PyExc_ValueError, "%s has %d dimensions (at most %d)", name, nd, AFP_MAXDIM);
        if (steal) Py_DECREF(a);
        return -1;
    }
    if (!PyArray_ISNOTSWAPPED(a) || !PyArray_ISALIGNED(a)) {
        PyErr_Format(PyExc_ValueError, "%s is byte-swapped or not aligned", name);
        if (steal) Py_DECREF(a);
        return -1;
    }
    if (!steal) Py_INCREF(a);
    t->owner = (PyObject *)a;
    t->data = PyArray_BYTES(a);
    t->ndim = nd;
    t->numpy = 1;
    t->writable = PyArray_ISWRITEABLE(a) ? 1 : 0;
    t->itemsize = (int64_t)PyArray_ITEMSIZE(a);
    t->kind = kind_of_descr(PyArray_DESCR(a), t->itemsize);
    const npy_intp *sh = PyArray_DIMS(a), *st = PyArray_STRIDES(a);
    for (int d = 0; d < nd; d++) {
        t->shape[d] = (int64_t)sh[d];
        t->strides[d] = (int64_t)st[d];
    }
    return 0;
}

static int kind_of_dl(afp_dl_dtype dt)
{
    if (dt.lanes != 1) return K_OTHER;
    switch (dt.code) {
    case 0: return dt.bits == 8 ? K_I8 : dt.bits == 32 ? K_I32 : dt.bits == 64 ? K_I64 : K_OTHER;
    case 1: return dt.bits == 8 ? K_U8 : K_OTHER;
    case 2: return dt.bits == 32 ? K_F32 : dt.bits == 16 ? K_F16 : dt.bits == 64 ? K_F64 : K_OTHER;
    case 4: return dt.bits == 16 ? K_BF16 : K_OTHER;
    case AFP_DL_F8_E4M3FN: return dt.bits == 8 ? K_F8E4M3 : K_OTHER;
    case AFP_DL_F8_E5M2: return dt.bits == 8 ? K_F8E5M2 : K_OTHER;
    default: return K_OTHER;
    }
}

/* Views obj's DLPack tensor. The capsule is kept, not consumed: dropping it
 * runs the producer's deleter, which releases the tensor after the call. */
static int view_dlpack(PyObject *fn, tview *t, const char *name)
{
    PyObject *cap = PyObject_CallNoArgs(fn);
    if (!cap) return -1;
    afp_dl_managed *m = (afp_dl_managed *)PyCapsule_GetPointer(cap, "dltensor");
    if (!m) {
        Py_DECREF(cap);
        return -1;
    }
    const afp_dl_tensor *dl = &m->dl_tensor;
    if (dl->device.device_type != 1 && dl->device.device_type != 3) {
        PyErr_Format(PyExc_ValueError, "%s is not in CPU memory (DLPack device type %d)", name,
                     (int)dl->device.device_type);
        Py_DECREF(cap);
        return -1;
    }
    if (dl->ndim < 0 || dl->ndim > AFP_MAXDIM) {
        PyErr_Format(PyExc_ValueError, "%s has %d dimensions (at most %d)", name, (int)dl->ndim,
                     AFP_MAXDIM);
        Py_DECREF(cap);
        return -1;
    }
    t->owner = cap;
    t->data = (char *)dl->data + dl->byte_offset;
    t->ndim = dl->ndim;
    t->numpy = 0;
    t->writable = 1;
    t->kind = kind_of_dl(dl->dtype);
    t->itemsize = (dl->dtype.bits * dl->dtype.lanes + 7) / 8;
    int64_t compact = t->itemsize;
    for (int d = dl->ndim - 1; d >= 0; d--) {
        t->shape[d] = dl->shape[d];
        t->strides[d] = dl->strides ? dl->strides[d] * t->itemsize : compact;
        compact *= dl->shape[d];
    }
    return 0;
}

/* torch tensors: read through their attributes (data_ptr(), stride(), shape,
 * dtype), which costs well under a microsecond a tensor, where __dlpack__
 * costs several. The DLPack path below stays for every other producer. */
static PyObject *torch_tensor_type; /* torch.Tensor once torch has been imported */
static PyObject *torch_dtype[K_F8E5M2 + 1];
static PyObject *str_torch, *str_requires_grad, *str_is_cpu, *str_dtype, *str_shape, *str_stride,
    *str_data_ptr;

static int torch_ready(void)
{
    if (torch_tensor_type) return 1;
    PyObject *mod = PyImport_GetModule(str_torch); /* only if already imported */
    if (!mod) {
        PyErr_Clear();
        return 0;
    }
    static const struct { int kind; const char *name; } names[] = {
        {K_F32, "float32"}, {K_F16, "float16"}, {K_BF16, "bfloat16"}, {K_F64, "float64"},
        {K_U8, "uint8"},    {K_I8, "int8"},     {K_I32, "int32"},     {K_I64, "int64"},
        {K_F8E4M3, "float8_e4m3fn"}, {K_F8E5M2, "float8_e5m2"},
    };
    PyObject *tt = PyObject_GetAttrString(mod, "Tensor");
    if (!tt || !PyType_Check(tt)) {
        Py_XDECREF(tt);
        Py_DECREF(mod);
        PyErr_Clear();
        return 0;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        PyObject *d = PyObject_GetAttrString(mod, names[i].name);
        if (!d) PyErr_Clear(); /* an older torch without fp8: those stay NULL */
        Py_XSETREF(torch_dtype[names[i].kind], d);
    }
    Py_DECREF(mod);
    torch_tensor_type = tt;
    return 1;
}

static int view_torch(PyObject *obj, tview *t, const char *name)
{
    PyObject *a = PyObject_GetAttr(obj, str_requires_grad);
    if (!a) return -1;
    int rg = PyObject_IsTrue(a);
    Py_DECREF(a);
    if (rg) {
        if (rg > 0)
            PyErr_Format(PyExc_RuntimeError,
                         "%s requires grad; attnforge records no autograd graph: pass %s.detach()",
                         name, name);
        return -1;
    }
    if (!(a = PyObject_GetAttr(obj, str_is_cpu))) return -1;
    int cpu = PyObject_IsTrue(a);
    Py_DECREF(a);
    if (cpu <= 0) {
        if (cpu == 0) PyErr_Format(PyExc_ValueError, "%s is not a CPU tensor", name);
        return -1;
    }
    if (!(a = PyObject_GetAttr(obj, str_dtype))) return -1;
    t->kind = K_OTHER;
    for (int kd = 1; kd <= K_F8E5M2; kd++)
        if (torch_dtype[kd] && a == torch_dtype[kd]) t->kind = kd;
    Py_DECREF(a);
    static const int64_t size_of[] = {0, 4, 2, 2, 8, 1, 1, 4, 8, 1, 1};
    t->itemsize = size_of[t->kind];
    PyObject *shape = PyObject_GetAttr(obj, str_shape);
    if (!shape) return -1;
    PyObject *stride = PyObject_CallMethodNoArgs(obj, str_stride);
    if (!stride) {
        Py_DECREF(shape);
        return -1;
    }
    int rc = -1;
    if (!PyTuple_Check(shape) || !PyTuple_Check(stride) || PyTuple_GET_SIZE(shape) != PyTuple_GET_SIZE(stride)) {
        PyErr_Format(PyExc_TypeError, "%s: unexpected torch shape/stride", name);
        goto out;
    }
    const Py_ssize_t nd = PyTuple_GET_SIZE(shape);
    if (nd > AFP_MAXDIM) {
        PyErr_Format(PyExc_ValueError, "%s has %d dimensions (at most %d)", name, (int)nd, AFP_MAXDIM);
        goto out;
    }
    for (Py_ssize_t d = 0; d < nd; d++) {
        long long n = PyLong_AsLongLong(PyTuple_GET_ITEM(shape, d));
        long long st = PyLong_AsLongLong(PyTuple_GET_ITEM(stride, d));
        if ((n == -1 || st == -1) && PyErr_Occurred()) goto out;
        t->shape[d] = n;
        t->strides[d] = st * (t->itemsize ? t->itemsize : 1);
    }
    PyObject *ptr = PyObject_CallMethodNoArgs(obj, str_data_ptr);
    if (!ptr) goto out;
    t->data = (char *)PyLong_AsVoidPtr(ptr);
    Py_DECREF(ptr);
    if (!t->data && PyErr_Occurred()) goto out;
    Py_INCREF(obj);
    t->owner = obj;
    t->ndim = (int)nd;
    t->numpy = 0;
    t->writable = 1;
    rc = 0;
out:
    Py_DECREF(shape);
    Py_DECREF(stride);
    return rc;
}

/* A view of obj: an ndarray as it is, a DLPack tensor as it is, anything else
 * through np.asarray when convert (a copy: inputs only). */
static int view_get(PyObject *obj, tview *t, const char *name, int convert)
{
    if (PyArray_Check(obj)) return view_numpy((PyArrayObject *)obj, t, name, 0);
    if (torch_ready() && PyObject_TypeCheck(obj, (PyTypeObject *)torch_tensor_type))
        return view_torch(obj, t, name);
    PyObject *fn = PyObject_GetAttr(obj, str_dlpack);
    if (fn) {
        int r = view_dlpack(fn, t, name);
        Py_DECREF(fn);
        return r;
    }
    if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return -1;
    PyErr_Clear();
    if (!convert) {
        PyErr_Format(PyExc_TypeError, "%s must be a NumPy array or a DLPack tensor, not %.200s", name,
                     Py_TYPE(obj)->tp_name);
        return -1;
    }
    PyObject *a = PyArray_FromAny(obj, NULL, 0, 0, 0, NULL);
    if (!a) return -1;
    return view_numpy((PyArrayObject *)a, t, name, 1);
}

/* ---- holding references for one call ---------------------------------------------- */

/* 6 tensors, 5 integer vectors (up to 3 arrays each while converting), 4 float vectors */
#define AFP_MAXHOLD 32
typedef struct {
    PyObject *o[AFP_MAXHOLD];
    int n;
} holder;

static void hold(holder *h, PyObject *o)
{
    if (!o) return;
    if (h->n == AFP_MAXHOLD) Py_FatalError("attnforge: holder overflow"); /* not reachable: see AFP_MAXHOLD */
    h->o[h->n++] = o;
}

static void release_all(holder *h)
{
    for (int i = 0; i < h->n; i++) Py_DECREF(h->o[i]);
    h->n = 0;
}

/* ---- small array arguments ------------------------------------------------------------ */

/* A 1-D f32 vector of n entries (any float array-like, converted if needed). */
static int get_f32_vec(PyObject *obj, int64_t n, const char *name, holder *h, const float **out)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROMANY(obj, NPY_FLOAT32, 1, 1,
                                                        NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!a) return -1;
    hold(h, (PyObject *)a);
    if ((int64_t)PyArray_DIM(a, 0) != n) {
        PyErr_Format(PyExc_ValueError, "%s must have %lld entries, got %lld", name, (long long)n,
                     (long long)PyArray_DIM(a, 0));
        return -1;
    }
    *out = (const float *)PyArray_DATA(a);
    return 0;
}

/* An int32 array of `ndim` (1 or 2) dims from any integer array-like: int32
 * arrays as they are when contiguous, other integers copied with a range check. */
static PyArrayObject *get_i32_array(PyObject *obj, int ndim, const char *name, holder *h)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FromAny(obj, NULL, ndim, ndim, 0, NULL);
    if (!a) return NULL;
    hold(h, (PyObject *)a);
    char k = PyArray_DESCR(a)->kind;
    if (k != 'i' && k != 'u' && k != 'b') {
        PyErr_Format(PyExc_TypeError, "%s must hold integers", name);
        return NULL;
    }
    if (PyArray_TYPE(a) == NPY_INT32 && PyArray_ISCARRAY_RO(a)) return a;
    PyArrayObject *w = (PyArrayObject *)PyArray_FROMANY((PyObject *)a, NPY_INT64, ndim, ndim,
                                                        NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!w) return NULL;
    hold(h, (PyObject *)w);
    const int64_t *src = (const int64_t *)PyArray_DATA(w);
    npy_intp n = PyArray_SIZE(w);
    for (npy_intp i = 0; i < n; i++)
        if (src[i] < INT32_MIN || src[i] > INT32_MAX) {
            PyErr_Format(PyExc_OverflowError, "%s[%lld] = %lld does not fit in int32", name,
                         (long long)i, (long long)src[i]);
            return NULL;
        }
    PyArrayObject *r = (PyArrayObject *)PyArray_FROMANY((PyObject *)w, NPY_INT32, ndim, ndim,
                                                        NPY_ARRAY_CARRAY | NPY_ARRAY_FORCECAST);
    if (!r) return NULL;
    hold(h, (PyObject *)r);
    return r;
}

static int get_i32_vec(PyObject *obj, int64_t n, const char *name, holder *h, const int32_t **out)
{
    PyArrayObject *a = get_i32_array(obj, 1, name, h);
    if (!a) return -1;
    if ((int64_t)PyArray_DIM(a, 0) != n) {
        PyErr_Format(PyExc_ValueError, "%s must have %lld entries (one per batch), got %lld", name,
                     (long long)n, (long long)PyArray_DIM(a, 0));
        return -1;
    }
    *out = (const int32_t *)PyArray_DATA(a);
    return 0;
}

/* ---- formats -------------------------------------------------------------------------------- */

typedef struct {
    const char *name;
    attnforge_format f;
    int block_bytes; /* bytes per block of `per` elements */
    int per;
} fmt_info;

static const fmt_info formats[] = {
    {"f32", ATTNFORGE_FORMAT_F32, 4, 1},
    {"f16", ATTNFORGE_FORMAT_F16, 2, 1},
    {"bf16", ATTNFORGE_FORMAT_BF16, 2, 1},
    {"q8_0", ATTNFORGE_FORMAT_Q8_0, 34, 32},
    {"q4_0", ATTNFORGE_FORMAT_Q4_0, 18, 32},
    {"fp8_e4m3", ATTNFORGE_FORMAT_FP8_E4M3, 1, 1},
    {"fp8_e5m2", ATTNFORGE_FORMAT_FP8_E5M2, 1, 1},
};
#define N_FORMATS ((int)(sizeof formats / sizeof formats[0]))

static const fmt_info *format_by_name(PyObject *name, const char *what)
{
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "%s must be a format name (str), not %.200s", what,
                     Py_TYPE(name)->tp_name);
        return NULL;
    }
    const char *s = PyUnicode_AsUTF8(name);
    if (!s) return NULL;
    for (int i = 0; i < N_FORMATS; i++)
        if (strcmp(s, formats[i].name) == 0) return &formats[i];
    PyErr_Format(PyExc_ValueError,
                 "%s: unknown format '%s' (f32, f16, bf16, q8_0, q4_0, fp8_e4m3, fp8_e5m2)", what, s);
    return NULL;
}

static const fmt_info *format_of_kind(int kind)
{
    switch (kind) {
    case K_F32: return &formats[0];
    case K_F16: return &formats[1];
    case K_BF16: return &formats[2];
    case K_F8E4M3: return &formats[5];
    case K_F8E5M2: return &formats[6];
    default: return NULL;
    }
}

/* The format of K or V: named (raw bytes for the cache formats) or the dtype's. */
static const fmt_info *kv_format(const tview *t, PyObject *name, const char *what)
{
    if (!name) {
        const fmt_info *f = format_of_kind(t->kind);
        if (!f) {
            if (t->kind == K_U8 || t->kind == K_I8)
                PyErr_Format(PyExc_TypeError,
                             "%s is raw bytes (%s): name its format with %s_format= "
                             "('q8_0', 'q4_0', 'fp8_e4m3' or 'fp8_e5m2')",
                             what, kind_name(t->kind), what);
            else
                PyErr_Format(PyExc_TypeError,
                             "%s has dtype %s; attnforge takes float32, float16, bfloat16, "
                             "float8_e4m3fn, float8_e5m2, or uint8 bytes with %s_format=",
                             what, kind_name(t->kind), what);
        }
        return f;
    }
    char label[16];
    snprintf(label, sizeof label, "%s_format", what);
    const fmt_info *f = format_by_name(name, label);
    if (!f) return NULL;
    const fmt_info *own = format_of_kind(t->kind);
    int bytes = t->kind == K_U8 || t->kind == K_I8;
    int ok = own == f || (bytes && f->per == 32) || (bytes && f->block_bytes == 1 && f->per == 1);
    if (!ok) {
        PyErr_Format(PyExc_TypeError, "%s has dtype %s, which cannot hold %s_format='%s'%s", what,
                     kind_name(t->kind), what, f->name,
                     f->per == 32 || f->block_bytes == 1 ? " (pass the raw bytes as uint8)" : "");
        return NULL;
    }
    return f;
}

/* Element strides of a 4-D view's three outer dims for format f (the innermost
 * dim must be contiguous). Dims of extent 1 get stride 0. */
static int outer_strides(const tview *t, const fmt_info *f, const char *name, attnforge_strides *s)
{
    const int64_t unit = f->per == 1 ? t->itemsize : f->block_bytes;
    if (t->shape[3] > 1 && t->strides[3] != t->itemsize) {
        PyErr_Format(PyExc_ValueError,
                     "%s: the innermost (head) dimension must be contiguous (stride %lld bytes, "
                     "element %lld bytes); the other three may have any stride",
                     name, (long long)t->strides[3], (long long)t->itemsize);
        return -1;
    }
    int64_t e[3];
    for (int d = 0; d < 3; d++) {
        int64_t b = t->strides[d];
        if (t->shape[d] <= 1) {
            e[d] = 0;
            continue;
        }
        if (b < 0) {
            PyErr_Format(PyExc_ValueError, "%s: negative stride in dimension %d (not supported)",
                         name, d);
            return -1;
        }
        if (b % unit) {
            PyErr_Format(PyExc_ValueError,
                         "%s: stride of dimension %d (%lld bytes) is not a multiple of the %s %s "
                         "(%lld bytes)",
                         name, d, (long long)b, f->name, f->per == 1 ? "element" : "block",
                         (long long)unit);
            return -1;
        }
        e[d] = b / unit * f->per;
    }
    if (!e[0] && !e[1] && !e[2] && (t->shape[0] > 1 || t->shape[1] > 1 || t->shape[2] > 1)) {
        PyErr_Format(PyExc_ValueError,
                     "%s: every outer stride is 0 (a full broadcast), which the C API reads as "
                     "the dense layout; pass a materialized array",
                     name);
        return -1;
    }
    s->b = e[0];
    s->s = e[1];
    s->h = e[2];
    return 0;
}

/* Head dim of a K/V view in format f (its last dim counts bytes for block formats). */
static int head_dim_of(const tview *t, const fmt_info *f, const char *name, int64_t *D)
{
    int64_t last = t->shape[3];
    if (f->per == 32) {
        if (last % f->block_bytes) {
            PyErr_Format(PyExc_ValueError,
                         "%s: the last dimension of a %s cache counts bytes, %d per block of 32 "
                         "elements; %lld is not a multiple of %d",
                         name, f->name, f->block_bytes, (long long)last, f->block_bytes);
            return -1;
        }
        *D = last / f->block_bytes * 32;
    } else {
        *D = last;
    }
    return 0;
}

static int qo_format(int kind, const char *name, attnforge_format *f)
{
    switch (kind) {
    case K_F32: *f = ATTNFORGE_FORMAT_F32; return 0;
    case K_F16: *f = ATTNFORGE_FORMAT_F16; return 0;
    case K_BF16: *f = ATTNFORGE_FORMAT_BF16; return 0;
    default:
        PyErr_Format(PyExc_TypeError, "%s has dtype %s; it must be float32, float16 or bfloat16",
                     name, kind_name(kind));
        return -1;
    }
}

/* ---- errors -------------------------------------------------------------------------------- */

static PyObject *raise_status(attnforge_status st)
{
    const char *msg = attnforge_last_error();
    if (!msg || !*msg) msg = attnforge_status_string(st);
    if (st == ATTNFORGE_ERR_OUT_OF_MEMORY) return PyErr_Format(PyExc_MemoryError, "attnforge: %s", msg);
    PyObject *exc = PyObject_CallFunction(afp_error, "s", msg);
    if (!exc) return NULL;
    PyObject *code = PyLong_FromLong((long)st);
    PyObject *name = PyUnicode_FromString(attnforge_status_string(st));
    if (!code || !name || PyObject_SetAttrString(exc, "status", code) < 0 ||
        PyObject_SetAttrString(exc, "status_string", name) < 0) {
        Py_XDECREF(code);
        Py_XDECREF(name);
        Py_DECREF(exc);
        return NULL;
    }
    Py_DECREF(code);
    Py_DECREF(name);
    PyErr_SetObject(afp_error, exc);
    Py_DECREF(exc);
    return NULL;
}

/* ---- Context ---------------------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    attnforge_context *ctx;
    int busy; /* calls in flight (changed with the GIL held) */
    int num_threads;
    attnforge_isa isa;
} ContextObject;

static const struct {
    const char *name;
    attnforge_isa isa;
} isa_names[] = {
    {"auto", ATTNFORGE_ISA_AUTO},      {"generic", ATTNFORGE_ISA_GENERIC},
    {"scalar", ATTNFORGE_ISA_SCALAR},  {"avx2", ATTNFORGE_ISA_AVX2},
    {"avx512", ATTNFORGE_ISA_AVX512},  {"neon", ATTNFORGE_ISA_NEON},
    {"avx512bf16", ATTNFORGE_ISA_AVX512BF16}, {"neonfhm", ATTNFORGE_ISA_NEONFHM},
    {"neonbf16", ATTNFORGE_ISA_NEONBF16}, {"avx512amx", ATTNFORGE_ISA_AVX512AMX},
};
#define N_ISAS ((int)(sizeof isa_names / sizeof isa_names[0]))

static PyObject *Context_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"num_threads", "isa", NULL};
    int num_threads = 0;
    const char *isa = "auto";
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|is:Context", kwlist, &num_threads, &isa))
        return NULL;
    if (num_threads < 0) return PyErr_Format(PyExc_ValueError, "num_threads must be >= 0 (0 = all CPUs)");
    attnforge_context_options o;
    memset(&o, 0, sizeof o);
    o.num_threads = num_threads;
    int found = 0;
    for (int i = 0; i < N_ISAS; i++)
        if (strcmp(isa, isa_names[i].name) == 0) {
            o.isa = isa_names[i].isa;
            found = 1;
        }
    if (!found)
        return PyErr_Format(PyExc_ValueError,
                            "unknown isa '%s' (auto, generic, scalar, avx2, avx512, neon, "
                            "avx512bf16, neonfhm, neonbf16, avx512amx)",
                            isa);
    ContextObject *self = (ContextObject *)type->tp_alloc(type, 0);
    if (!self) return NULL;
    attnforge_status st;
    Py_BEGIN_ALLOW_THREADS
    st = attnforge_context_create(&self->ctx, &o);
    Py_END_ALLOW_THREADS
    if (st != ATTNFORGE_OK) {
        self->ctx = NULL;
        Py_DECREF(self);
        return raise_status(st);
    }
    self->num_threads = attnforge_context_num_threads(self->ctx);
    self->isa = o.isa;
    return (PyObject *)self;
}

static void Context_dealloc(ContextObject *self)
{
    if (self->ctx) attnforge_context_destroy(self->ctx);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *Context_close(ContextObject *self, PyObject *Py_UNUSED(ignored))
{
    if (self->busy) return PyErr_Format(PyExc_RuntimeError, "Context.close(): %d call(s) in flight", self->busy);
    if (self->ctx) {
        attnforge_context *c = self->ctx;
        self->ctx = NULL;
        Py_BEGIN_ALLOW_THREADS
        attnforge_context_destroy(c);
        Py_END_ALLOW_THREADS
    }
    Py_RETURN_NONE;
}

static PyObject *Context_enter(ContextObject *self, PyObject *Py_UNUSED(ignored))
{
    Py_INCREF(self);
    return (PyObject *)self;
}

static PyObject *Context_exit(ContextObject *self, PyObject *Py_UNUSED(args))
{
    PyObject *r = Context_close(self, NULL);
    if (!r) return NULL;
    Py_DECREF(r);
    Py_RETURN_FALSE;
}

static PyObject *Context_get_num_threads(ContextObject *self, void *Py_UNUSED(c))
{
    return PyLong_FromLong(self->num_threads);
}

static PyObject *Context_get_isa(ContextObject *self, void *Py_UNUSED(c))
{
    for (int i = 0; i < N_ISAS; i++)
        if (isa_names[i].isa == self->isa) return PyUnicode_FromString(isa_names[i].name);
    return PyUnicode_FromString("?");
}

static PyObject *Context_get_closed(ContextObject *self, void *Py_UNUSED(c))
{
    return PyBool_FromLong(self->ctx == NULL);
}

static PyObject *Context_repr(ContextObject *self)
{
    PyObject *isa = Context_get_isa(self, NULL);
    if (!isa) return NULL;
    PyObject *r = PyUnicode_FromFormat("attnforge.Context(num_threads=%d, isa=%R)%s",
                                       self->num_threads, isa, self->ctx ? "" : " (closed)");
    Py_DECREF(isa);
    return r;
}

static PyMethodDef Context_methods[] = {
    {"close", (PyCFunction)Context_close, METH_NOARGS,
     "Destroys the context's thread pool and workspace now (idempotent)."},
    {"__enter__", (PyCFunction)Context_enter, METH_NOARGS, NULL},
    {"__exit__", (PyCFunction)Context_exit, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Context_getset[] = {
    {"num_threads", (getter)Context_get_num_threads, NULL, "threads of the context's pool", NULL},
    {"isa", (getter)Context_get_isa, NULL, "the kernel family asked for ('auto': the best the CPU has)", NULL},
    {"closed", (getter)Context_get_closed, NULL, "True once close() ran", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject ContextType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "attnforge.Context",
    .tp_basicsize = sizeof(ContextObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Context(num_threads=0, isa='auto')\n\n"
              "A thread pool, a reusable workspace and a kernel-family choice. num_threads=0 "
              "takes ATTNFORGE_NUM_THREADS or every CPU the process may use; 1 runs on the "
              "calling thread. isa forces a kernel family: 'auto', 'generic', 'scalar', 'avx2', "
              "'avx512', 'neon', 'avx512bf16', 'neonfhm', 'neonbf16', 'avx512amx'. Safe to share between "
              "threads. Pass it as attention(..., context=ctx).",
    .tp_new = Context_new,
    .tp_dealloc = (destructor)Context_dealloc,
    .tp_repr = (reprfunc)Context_repr,
    .tp_methods = Context_methods,
    .tp_getset = Context_getset,
};

/* ---- attention() ---------------------------------------------------------------------------------- */

enum {
    KW_CAUSAL, KW_SCALE, KW_SOFTCAP, KW_ALIBI, KW_MASK, KW_WINDOW, KW_KV_LEN, KW_Q_OFFSET,
    KW_SINKS, KW_BLOCK_TABLE, KW_RETURN_LSE, KW_OUT, KW_K_FORMAT, KW_V_FORMAT, KW_K_SCALE,
    KW_V_SCALE, KW_CONTEXT, KW_CU_Q, KW_CU_K, KW_MASK_SCALES, KW_COUNT
};
static const char *kw_names[KW_COUNT] = {
    "causal", "scale", "softcap", "alibi_slopes", "mask", "window", "kv_len", "q_offset",
    "sinks", "block_table", "return_lse", "out", "k_format", "v_format", "k_scale",
    "v_scale", "context", "cu_seqlens_q", "cu_seqlens_k", "mask_scales",
};
static PyObject *kw_str[KW_COUNT]; /* interned */

static int kw_index(PyObject *key)
{
    for (int i = 0; i < KW_COUNT; i++)
        if (key == kw_str[i]) return i;
    for (int i = 0; i < KW_COUNT; i++)
        if (PyUnicode_Compare(key, kw_str[i]) == 0) return i;
    return -1;
}

static int as_double(PyObject *o, const char *name, double *out)
{
    double d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred()) {
        PyErr_Format(PyExc_TypeError, "%s must be a number", name);
        return -1;
    }
    *out = d;
    return 0;
}

/* k_scale / v_scale: a number (per tensor) or a vector with one per KV head. */
static int get_scale(PyObject *o, int64_t hkv, const char *name, holder *h, float *one,
                     const float **per_head)
{
    if (PyFloat_Check(o) || PyLong_Check(o) || (PyArray_IsScalar(o, Number))) {
        double d;
        if (as_double(o, name, &d)) return -1;
        *one = (float)d;
        return 0;
    }
    return get_f32_vec(o, hkv, name, h, per_head);
}

static PyObject *alloc_output(const tview *like, PyObject *like_obj, int ndim, const npy_intp *dims,
                              int lse, int zero)
{
    if (like->numpy) {
        PyArray_Descr *d;
        if (lse) {
            d = PyArray_DescrFromType(NPY_FLOAT32);
        } else {
            d = PyArray_DESCR((PyArrayObject *)like->owner);
            Py_INCREF(d);
        }
        return zero ? PyArray_Zeros(ndim, (npy_intp *)dims, d, 0) : PyArray_Empty(ndim, (npy_intp *)dims, d, 0);
    }
    if (torch_tensor_type && PyObject_TypeCheck(like_obj, (PyTypeObject *)torch_tensor_type)) {
        /* like.new_empty(shape[, dtype=torch.float32]): its device, its dtype */
        PyObject *shape = PyTuple_New(ndim);
        if (!shape) return NULL;
        for (int i = 0; i < ndim; i++) {
            PyObject *n = PyLong_FromSsize_t((Py_ssize_t)dims[i]);
            if (!n) {
                Py_DECREF(shape);
                return NULL;
            }
            PyTuple_SET_ITEM(shape, i, n);
        }
        PyObject *r;
        if (lse) {
            PyObject *fn = PyObject_GetAttrString(like_obj, zero ? "new_zeros" : "new_empty");
            PyObject *a = fn ? PyTuple_Pack(1, shape) : NULL;
            PyObject *kw = a ? Py_BuildValue("{sO}", "dtype", torch_dtype[K_F32]) : NULL;
            r = kw ? PyObject_Call(fn, a, kw) : NULL;
            Py_XDECREF(kw);
            Py_XDECREF(a);
            Py_XDECREF(fn);
        } else {
            PyObject *meth = PyUnicode_FromString(zero ? "new_zeros" : "new_empty");
            r = meth ? PyObject_CallMethodOneArg(like_obj, meth, shape) : NULL;
            Py_XDECREF(meth);
        }
        Py_DECREF(shape);
        return r;
    }
    if (!afp_allocator) {
        PyErr_SetString(PyExc_RuntimeError, "attnforge: no allocator for non-NumPy outputs");
        return NULL;
    }
    PyObject *shape = PyTuple_New(ndim);
    if (!shape) return NULL;
    for (int i = 0; i < ndim; i++) {
        PyObject *n = PyLong_FromSsize_t((Py_ssize_t)dims[i]);
        if (!n) {
            Py_DECREF(shape);
            return NULL;
        }
        PyTuple_SET_ITEM(shape, i, n);
    }
    PyObject *r = PyObject_CallFunction(afp_allocator, "OOs", like_obj, shape,
                                        lse ? (zero ? "lse0" : "lse") : (zero ? "out0" : "out"));
    Py_DECREF(shape);
    return r;
}

/* A packed [rows, H, D] tensor as the 4-D [1, rows, H, D] the rest expects
 * (its batch stride is unused: the C API indexes packed rows by position). */
static int lift3(tview *t, const char *name, const char *what)
{
    if (t->ndim != 3) {
        PyErr_Format(PyExc_ValueError, "%s must be 3-D %s with %s, got %d-D", name, what,
                     name[0] == 'k' || name[0] == 'v' ? "cu_seqlens_k" : "cu_seqlens_q", t->ndim);
        return -1;
    }
    for (int d = 3; d > 0; d--) {
        t->shape[d] = t->shape[d - 1];
        t->strides[d] = t->strides[d - 1];
    }
    t->shape[0] = 1;
    t->strides[0] = 0;
    t->ndim = 4;
    return 0;
}

/* attention(), or with plan set kernel_for(): the same arguments and
 * validation, then attnforge_kernel_for instead of the call (the name of the
 * kernel it would run; nothing computed, out not written). */
static PyObject *attention_or_plan(PyObject *const *args, Py_ssize_t nargsf, PyObject *kwnames, int plan)
{
    const char *fname = plan ? "kernel_for" : "attention";
    const Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (nargs != 3)
        return PyErr_Format(PyExc_TypeError,
                            "%s() takes 3 positional arguments (q, k, v), %zd given", fname, nargs);
    PyObject *kw[KW_COUNT] = {0};
    if (kwnames) {
        const Py_ssize_t nk = PyTuple_GET_SIZE(kwnames);
        for (Py_ssize_t i = 0; i < nk; i++) {
            PyObject *key = PyTuple_GET_ITEM(kwnames, i);
            int idx = kw_index(key);
            if (idx < 0)
                return PyErr_Format(PyExc_TypeError,
                                    "%s() got an unexpected keyword argument '%U'", fname, key);
            PyObject *val = args[nargs + i];
            kw[idx] = val == Py_None ? NULL : val;
        }
    }

    holder h = {{0}, 0};
    PyObject *result = NULL, *out_obj = NULL, *lse_obj = NULL;
    ContextObject *cobj = NULL;
    tview q, k, v, o, m, lse;
    attnforge_params p;
    memset(&p, 0, sizeof p);

    /* Q: [B, Sq, Hq, Dk], or packed [total_q, Hq, Dk] with cu_seqlens_q [B + 1] */
    const int varlen = kw[KW_CU_Q] != NULL;
    int64_t nseq = 0;
    if (kw[KW_CU_K] && !varlen) {
        PyErr_SetString(PyExc_ValueError, "cu_seqlens_k needs cu_seqlens_q (packed K/V go with packed Q)");
        goto done;
    }
    if (varlen) {
        PyArrayObject *cu = get_i32_array(kw[KW_CU_Q], 1, "cu_seqlens_q", &h);
        if (!cu) goto done;
        nseq = (int64_t)PyArray_DIM(cu, 0) - 1;
        if (nseq < 1) {
            PyErr_SetString(PyExc_ValueError, "cu_seqlens_q must have batch + 1 >= 2 entries");
            goto done;
        }
        p.cu_seqlens_q = (const int32_t *)PyArray_DATA(cu);
        if (kw[KW_CU_K]) {
            PyArrayObject *ck = get_i32_array(kw[KW_CU_K], 1, "cu_seqlens_k", &h);
            if (!ck) goto done;
            if ((int64_t)PyArray_DIM(ck, 0) != nseq + 1) {
                PyErr_Format(PyExc_ValueError, "cu_seqlens_k must have %lld entries like cu_seqlens_q, got %lld",
                             (long long)(nseq + 1), (long long)PyArray_DIM(ck, 0));
                goto done;
            }
            p.cu_seqlens_k = (const int32_t *)PyArray_DATA(ck);
        }
    }
    if (view_get(args[0], &q, "q", 1)) goto done;
    hold(&h, q.owner);
    if (varlen) {
        if (lift3(&q, "q", "[total_q, nheads, headdim]")) goto done;
    } else if (q.ndim != 4) {
        PyErr_Format(PyExc_ValueError, "q must be 4-D [batch, seqlen_q, nheads, headdim], got %d-D", q.ndim);
        goto done;
    }
    if (qo_format(q.kind, "q", &p.q_format)) goto done;
    const fmt_info *qf = format_of_kind(q.kind);
    if (outer_strides(&q, qf, "q", &p.q_stride)) goto done;
    const int64_t B = varlen ? nseq : q.shape[0], Sq = q.shape[1], Hq = q.shape[2], Dk = q.shape[3];

    /* K, V: [B, Skv, Hkv, D] or paged [num_blocks, page_size, Hkv, D] */
    if (view_get(args[1], &k, "k", 1)) goto done;
    hold(&h, k.owner);
    if (view_get(args[2], &v, "v", 1)) goto done;
    hold(&h, v.owner);
    if (p.cu_seqlens_k && (lift3(&k, "k", "[total_kv, nheads_kv, headdim]") ||
                           lift3(&v, "v", "[total_kv, nheads_kv, headdim]")))
        goto done;
    if (k.ndim != 4 || v.ndim != 4) {
        PyErr_Format(PyExc_ValueError,
                     "k and v must be 4-D [batch, seqlen_kv, nheads_kv, headdim] (paged: "
                     "[num_blocks, page_size, nheads_kv, headdim]), got %d-D and %d-D",
                     k.ndim, v.ndim);
        goto done;
    }
    const fmt_info *kf = kv_format(&k, kw[KW_K_FORMAT], "k");
    if (!kf) goto done;
    const fmt_info *vf = kv_format(&v, kw[KW_V_FORMAT], "v");
    if (!vf) goto done;
    p.k_format = kf->f;
    p.v_format = vf->f;
    int64_t Dk_k, Dv;
    if (head_dim_of(&k, kf, "k", &Dk_k) || head_dim_of(&v, vf, "v", &Dv)) goto done;
    if (outer_strides(&k, kf, "k", &p.k_stride) || outer_strides(&v, vf, "v", &p.v_stride)) goto done;
    if (Dk_k != Dk) {
        PyErr_Format(PyExc_ValueError, "q has head dim %lld but k has %lld", (long long)Dk, (long long)Dk_k);
        goto done;
    }
    if (k.shape[0] != v.shape[0] || k.shape[1] != v.shape[1] || k.shape[2] != v.shape[2]) {
        PyErr_Format(PyExc_ValueError, "k and v differ in their first three dims: [%lld, %lld, %lld] vs [%lld, %lld, %lld]",
                     (long long)k.shape[0], (long long)k.shape[1], (long long)k.shape[2],
                     (long long)v.shape[0], (long long)v.shape[1], (long long)v.shape[2]);
        goto done;
    }
    const int64_t Hkv = k.shape[2];
    int64_t Skv;
    if (kw[KW_BLOCK_TABLE]) {
        PyArrayObject *bt = get_i32_array(kw[KW_BLOCK_TABLE], 2, "block_table", &h);
        if (!bt) goto done;
        if ((int64_t)PyArray_DIM(bt, 0) != B) {
            PyErr_Format(PyExc_ValueError, "block_table must be [batch, blocks_per_seq] with batch = %lld, got %lld rows",
                         (long long)B, (long long)PyArray_DIM(bt, 0));
            goto done;
        }
        p.block_table = (const int32_t *)PyArray_DATA(bt);
        p.block_table_stride = (int32_t)PyArray_DIM(bt, 1);
        p.page_size = (int32_t)k.shape[1];
        p.num_blocks = (int32_t)k.shape[0];
        if (k.shape[0] > INT32_MAX || k.shape[1] > INT32_MAX) {
            PyErr_SetString(PyExc_ValueError, "paged k: num_blocks and page_size must fit in int32");
            goto done;
        }
        Skv = (int64_t)PyArray_DIM(bt, 1) * k.shape[1];
    } else if (p.cu_seqlens_k) {
        Skv = k.shape[1];
    } else {
        if (k.shape[0] != B) {
            PyErr_Format(PyExc_ValueError, "q has batch %lld but k and v have %lld", (long long)B, (long long)k.shape[0]);
            goto done;
        }
        Skv = k.shape[1];
    }
    if (B > INT32_MAX || Sq > INT32_MAX || Hq > INT32_MAX || Skv > INT32_MAX || Hkv > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "sizes must fit in int32");
        goto done;
    }
    p.batch = (int32_t)B;
    p.seq_q = (int32_t)Sq;
    p.seq_kv = (int32_t)Skv;
    p.heads_q = (int32_t)Hq;
    p.heads_kv = (int32_t)Hkv;
    p.head_dim_k = (int32_t)(Dk > INT32_MAX ? INT32_MAX : Dk);
    p.head_dim_v = (int32_t)(Dv > INT32_MAX ? INT32_MAX : Dv);
    if (Hkv == 0) {
        PyErr_SetString(PyExc_ValueError, "k and v have 0 heads");
        goto done;
    }
    p.q = q.data;
    p.k = k.data;
    p.v = v.data;

    /* O: [B, Sq, Hq, Dv] */
    if (kw[KW_OUT]) {
        if (view_get(kw[KW_OUT], &o, "out", 0)) goto done;
        hold(&h, o.owner);
        out_obj = kw[KW_OUT];
        Py_INCREF(out_obj);
        if (!o.writable) {
            PyErr_SetString(PyExc_ValueError, "out is read-only");
            goto done;
        }
    } else {
        npy_intp dims4[4] = {(npy_intp)B, (npy_intp)Sq, (npy_intp)Hq, (npy_intp)Dv};
        /* packed: rows outside every sequence are not written, so zeros */
        out_obj = alloc_output(&q, args[0], varlen ? 3 : 4, varlen ? dims4 + 1 : dims4, 0, varlen);
        if (!out_obj) goto done;
        if (view_get(out_obj, &o, "out", 0)) goto done;
        hold(&h, o.owner);
    }
    if (varlen) {
        if (o.ndim != 3 || o.shape[0] != Sq || o.shape[1] != Hq || o.shape[2] != Dv) {
            PyErr_Format(PyExc_ValueError, "out must be [%lld, %lld, %lld] (packed q's shape with v's head dim)",
                         (long long)Sq, (long long)Hq, (long long)Dv);
            goto done;
        }
        if (lift3(&o, "out", "[total_q, nheads, headdim_v]")) goto done;
    } else if (o.ndim != 4 || o.shape[0] != B || o.shape[1] != Sq || o.shape[2] != Hq || o.shape[3] != Dv) {
        PyErr_Format(PyExc_ValueError, "out must be [%lld, %lld, %lld, %lld] (q's shape with v's head dim)",
                     (long long)B, (long long)Sq, (long long)Hq, (long long)Dv);
        goto done;
    }
    if (qo_format(o.kind, "out", &p.o_format)) goto done;
    if (outer_strides(&o, format_of_kind(o.kind), "out", &p.o_stride)) goto done;
    p.o = o.data;

    /* scalars */
    if (kw[KW_SCALE]) {
        double s;
        if (as_double(kw[KW_SCALE], "scale", &s)) goto done;
        if (s == 0.0) {
            PyErr_SetString(PyExc_ValueError, "scale must be nonzero (None = 1/sqrt(headdim))");
            goto done;
        }
        p.scale = (float)s;
    }
    if (kw[KW_SOFTCAP]) {
        double s;
        if (as_double(kw[KW_SOFTCAP], "softcap", &s)) goto done;
        p.softcap = (float)s;
    }
    if (kw[KW_CAUSAL]) {
        int c = PyObject_IsTrue(kw[KW_CAUSAL]);
        if (c < 0) goto done;
        p.causal = c;
    }
    if (kw[KW_WINDOW]) {
        long wl, wr;
        PyObject *t = PySequence_Check(kw[KW_WINDOW]) ? PySequence_Tuple(kw[KW_WINDOW]) : NULL;
        if (!t) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, "window must be a pair (left, right), -1 = unbounded");
            goto done;
        }
        int ok = PyArg_ParseTuple(t, "ll;window must be a pair (left, right), -1 = unbounded", &wl, &wr);
        Py_DECREF(t);
        if (!ok) goto done;
        if (wl < -1 || wr < -1 || wl > INT32_MAX || wr > INT32_MAX) {
            PyErr_SetString(PyExc_ValueError, "window bounds must be >= -1 (-1 = unbounded) and fit in int32");
            goto done;
        }
        p.sliding_window = 1;
        p.window_left = (int32_t)wl;
        p.window_right = (int32_t)wr;
    }

    /* per-head and per-batch vectors */
    if (kw[KW_ALIBI] && get_f32_vec(kw[KW_ALIBI], Hq, "alibi_slopes", &h, &p.alibi_slopes)) goto done;
    if (kw[KW_SINKS] && get_f32_vec(kw[KW_SINKS], Hq, "sinks", &h, &p.sinks)) goto done;
    if (kw[KW_MASK_SCALES] && get_f32_vec(kw[KW_MASK_SCALES], Hq, "mask_scales", &h, &p.mask_scales)) goto done;
    if (kw[KW_KV_LEN] && get_i32_vec(kw[KW_KV_LEN], B, "kv_len", &h, &p.kv_len)) goto done;
    if (kw[KW_Q_OFFSET] && get_i32_vec(kw[KW_Q_OFFSET], B, "q_offset", &h, &p.q_offset)) goto done;
    if (kw[KW_K_SCALE] && get_scale(kw[KW_K_SCALE], Hkv, "k_scale", &h, &p.k_scale, &p.k_scales)) goto done;
    if (kw[KW_V_SCALE] && get_scale(kw[KW_V_SCALE], Hkv, "v_scale", &h, &p.v_scale, &p.v_scales)) goto done;

    /* mask: broadcastable to [B, Hq, Sq, Skv] (2-D to 4-D, right-aligned) */
    if (kw[KW_MASK]) {
        if (view_get(kw[KW_MASK], &m, "mask", 1)) goto done;
        hold(&h, m.owner);
        if (m.kind == K_F32) p.mask_format = ATTNFORGE_FORMAT_F32;
        else if (m.kind == K_F16) p.mask_format = ATTNFORGE_FORMAT_F16;
        else {
            PyErr_Format(PyExc_TypeError, "mask has dtype %s; it must be float32 or float16 (additive, -inf excludes)",
                         kind_name(m.kind));
            goto done;
        }
        if (m.ndim < 2 || m.ndim > 4) {
            PyErr_Format(PyExc_ValueError, "mask must be 2-D to 4-D, broadcastable to [batch, nheads, seqlen_q, seqlen_kv]; got %d-D", m.ndim);
            goto done;
        }
        const int64_t full[4] = {B, Hq, Sq, Skv};
        int64_t ms[4] = {0, 0, 0, 0};
        for (int d = 0; d < m.ndim; d++) {
            int td = 4 - m.ndim + d;
            if (m.shape[d] == full[td] && m.shape[d] > 1) {
                if (m.strides[d] < 0 || m.strides[d] % m.itemsize) {
                    PyErr_SetString(PyExc_ValueError, "mask: negative or misaligned stride");
                    goto done;
                }
                ms[td] = m.strides[d] / m.itemsize;
            } else if (m.shape[d] != 1 && m.shape[d] != full[td]) {
                PyErr_Format(PyExc_ValueError,
                             "mask of shape %d-D cannot broadcast to [batch %lld, nheads %lld, seqlen_q %lld, seqlen_kv %lld]: dimension %d has %lld",
                             m.ndim, (long long)B, (long long)Hq, (long long)Sq, (long long)Skv, d, (long long)m.shape[d]);
                goto done;
            }
        }
        if (!ms[0] && !ms[1] && !ms[2] && !ms[3] && Skv == 1) ms[3] = 1; /* one element: any stride */
        p.mask = m.data;
        p.mask_stride.b = ms[0];
        p.mask_stride.h = ms[1];
        p.mask_stride.i = ms[2];
        p.mask_stride.j = ms[3];
    }

    if (kw[KW_RETURN_LSE]) {
        int r = PyObject_IsTrue(kw[KW_RETURN_LSE]);
        if (r < 0) goto done;
        if (r) {
            /* [B, Hq, Sq]; packed: [total_q, Hq] */
            npy_intp dims[3] = {(npy_intp)B, (npy_intp)Hq, (npy_intp)Sq};
            npy_intp pdims[2] = {(npy_intp)Sq, (npy_intp)Hq};
            lse_obj = alloc_output(&q, args[0], varlen ? 2 : 3, varlen ? pdims : dims, 1, varlen);
            if (!lse_obj) goto done;
            if (view_get(lse_obj, &lse, "lse", 0)) goto done;
            hold(&h, lse.owner);
            const int dense = varlen ? lse.ndim == 2 && lse.strides[1] == 4 && lse.strides[0] == 4 * Hq
                                     : lse.ndim == 3 && lse.strides[2] == 4 && lse.strides[1] == 4 * Sq &&
                                           lse.strides[0] == 4 * Sq * Hq;
            if (lse.kind != K_F32 || !dense) {
                if (!(lse.kind == K_F32 && lse.ndim == (varlen ? 2 : 3) && B * Hq * Sq <= 1)) {
                    PyErr_SetString(PyExc_RuntimeError, "the LSE allocator returned a non-dense float32 array");
                    goto done;
                }
            }
            p.lse = (float *)lse.data;
        }
    }

    if (kw[KW_CONTEXT]) {
        if (!PyObject_TypeCheck(kw[KW_CONTEXT], &ContextType)) {
            PyErr_Format(PyExc_TypeError, "context must be an attnforge.Context, not %.200s",
                         Py_TYPE(kw[KW_CONTEXT])->tp_name);
            goto done;
        }
        cobj = (ContextObject *)kw[KW_CONTEXT];
        if (!cobj->ctx) {
            PyErr_SetString(PyExc_ValueError, "the context is closed");
            goto done;
        }
    }

    if (plan) {
        const char *name = NULL;
        const attnforge_status st = attnforge_kernel_for(cobj ? cobj->ctx : NULL, &p, &name);
        if (st != ATTNFORGE_OK)
            raise_status(st);
        else
            result = PyUnicode_FromString(name);
        goto done;
    }
    {
        attnforge_status st;
        attnforge_context *ctx = cobj ? cobj->ctx : NULL;
        if (cobj) {
            Py_INCREF(cobj);
            cobj->busy++;
        }
        Py_BEGIN_ALLOW_THREADS
        st = attnforge_attention(ctx, &p);
        Py_END_ALLOW_THREADS
        if (cobj) {
            cobj->busy--;
            Py_DECREF(cobj);
        }
        if (st != ATTNFORGE_OK) {
            raise_status(st);
            goto done;
        }
    }
    if (lse_obj) {
        result = PyTuple_Pack(2, out_obj, lse_obj);
    } else {
        result = out_obj;
        Py_INCREF(result);
    }

done:
    release_all(&h);
    Py_XDECREF(out_obj);
    Py_XDECREF(lse_obj);
    return result;
}

static PyObject *afp_attention(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargsf,
                               PyObject *kwnames)
{
    return attention_or_plan(args, nargsf, kwnames, 0);
}

static PyObject *afp_kernel_for(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargsf,
                                PyObject *kwnames)
{
    return attention_or_plan(args, nargsf, kwnames, 1);
}

/* ---- small functions ---------------------------------------------------------------------------- */

static PyObject *afp_last_kernel(PyObject *Py_UNUSED(m), PyObject *Py_UNUSED(a))
{
    return PyUnicode_FromString(attnforge_last_kernel());
}

static PyObject *afp_last_error(PyObject *Py_UNUSED(m), PyObject *Py_UNUSED(a))
{
    return PyUnicode_FromString(attnforge_last_error());
}

static PyObject *afp_set_allocator(PyObject *Py_UNUSED(m), PyObject *fn)
{
    if (!PyCallable_Check(fn)) return PyErr_Format(PyExc_TypeError, "allocator must be callable");
    Py_INCREF(fn);
    Py_XSETREF(afp_allocator, fn);
    Py_RETURN_NONE;
}

static PyObject *afp_alibi_slopes(PyObject *Py_UNUSED(m), PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"n_heads", "max_bias", NULL};
    int n;
    PyObject *mb = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "i|O:alibi_slopes", kwlist, &n, &mb)) return NULL;
    if (n < 1) return PyErr_Format(PyExc_ValueError, "n_heads must be >= 1");
    npy_intp dims[1] = {n};
    PyObject *r = PyArray_SimpleNew(1, dims, NPY_FLOAT32);
    if (!r) return NULL;
    if (mb == Py_None) {
        attnforge_alibi_slopes(n, (float *)PyArray_DATA((PyArrayObject *)r));
    } else {
        double d = PyFloat_AsDouble(mb);
        if (d == -1.0 && PyErr_Occurred()) {
            Py_DECREF(r);
            return NULL;
        }
        attnforge_alibi_slopes_max_bias(n, (float)d, (float *)PyArray_DATA((PyArrayObject *)r));
    }
    return r;
}

static PyObject *afp_format_bytes(PyObject *Py_UNUSED(m), PyObject *args)
{
    PyObject *name;
    long long n;
    if (!PyArg_ParseTuple(args, "OL:format_bytes", &name, &n)) return NULL;
    const fmt_info *f = format_by_name(name, "format_bytes");
    if (!f) return NULL;
    if (n < 0 || (f->per == 32 && n % 32))
        return PyErr_Format(PyExc_ValueError, "%s: n must be >= 0%s", f->name,
                            f->per == 32 ? " and a multiple of 32" : "");
    return PyLong_FromSize_t(attnforge_format_bytes(f->f, n));
}

/* Row-wise conversions between f32 and a cache format over the last dim. */
enum { CONV_Q8, CONV_Q4, CONV_E4M3, CONV_E5M2 };

static PyObject *quantize(PyObject *args, PyObject *kwds, int which, const char *fname)
{
    static char *kwlist[] = {"x", "scale", NULL};
    PyObject *xo;
    double scale = 1.0;
    if (which <= CONV_Q4) {
        static char *kwl2[] = {"x", NULL};
        if (!PyArg_ParseTupleAndKeywords(args, kwds, "O", kwl2, &xo)) return NULL;
    } else if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|d", kwlist, &xo, &scale)) {
        return NULL;
    }
    if (!(scale > 0.0) || !isfinite(scale))
        return PyErr_Format(PyExc_ValueError, "%s: scale must be finite and > 0", fname);
    PyArrayObject *x = (PyArrayObject *)PyArray_FROMANY(xo, NPY_FLOAT32, 1, 0,
                                                        NPY_ARRAY_CARRAY_RO | NPY_ARRAY_FORCECAST);
    if (!x) return NULL;
    const int nd = PyArray_NDIM(x);
    npy_intp dims[NPY_MAXDIMS];
    memcpy(dims, PyArray_DIMS(x), (size_t)nd * sizeof(npy_intp));
    const npy_intp last = dims[nd - 1];
    if (which <= CONV_Q4) {
        if (last % 32) {
            Py_DECREF(x);
            return PyErr_Format(PyExc_ValueError, "%s: the last dimension (%zd) must be a multiple of 32",
                                fname, (Py_ssize_t)last);
        }
        dims[nd - 1] = last / 32 * (which == CONV_Q8 ? 34 : 18);
    }
    PyObject *r = PyArray_SimpleNew(nd, dims, NPY_UINT8);
    if (!r) {
        Py_DECREF(x);
        return NULL;
    }
    const float *src = (const float *)PyArray_DATA(x);
    uint8_t *dst = (uint8_t *)PyArray_DATA((PyArrayObject *)r);
    const int64_t n = (int64_t)PyArray_SIZE(x);
    const float inv = (float)(1.0 / scale);
    Py_BEGIN_ALLOW_THREADS
    switch (which) {
    case CONV_Q8: if (n) attnforge_quantize_q8_0(src, dst, n); break;
    case CONV_Q4: if (n) attnforge_quantize_q4_0(src, dst, n); break;
    case CONV_E4M3:
        for (int64_t i = 0; i < n; i++) dst[i] = attnforge_f32_to_fp8_e4m3(scale == 1.0 ? src[i] : src[i] * inv);
        break;
    default:
        for (int64_t i = 0; i < n; i++) dst[i] = attnforge_f32_to_fp8_e5m2(scale == 1.0 ? src[i] : src[i] * inv);
        break;
    }
    Py_END_ALLOW_THREADS
    Py_DECREF(x);
    return r;
}

static PyObject *dequantize(PyObject *args, PyObject *kwds, int which, const char *fname)
{
    static char *kwlist[] = {"data", "scale", NULL};
    PyObject *bo;
    double scale = 1.0;
    if (which <= CONV_Q4) { /* block formats carry their own scales */
        static char *kwl2[] = {"data", NULL};
        if (!PyArg_ParseTupleAndKeywords(args, kwds, "O", kwl2, &bo)) return NULL;
    } else if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|d", kwlist, &bo, &scale)) {
        return NULL;
    }
    PyArrayObject *b = (PyArrayObject *)PyArray_FROMANY(bo, NPY_UINT8, 1, 0, NPY_ARRAY_CARRAY_RO);
    if (!b) return NULL;
    const int nd = PyArray_NDIM(b);
    npy_intp dims[NPY_MAXDIMS];
    memcpy(dims, PyArray_DIMS(b), (size_t)nd * sizeof(npy_intp));
    const npy_intp last = dims[nd - 1];
    if (which <= CONV_Q4) {
        const int bb = which == CONV_Q8 ? 34 : 18;
        if (last % bb) {
            Py_DECREF(b);
            return PyErr_Format(PyExc_ValueError, "%s: the last dimension (%zd bytes) must be a multiple of %d",
                                fname, (Py_ssize_t)last, bb);
        }
        dims[nd - 1] = last / bb * 32;
    }
    PyObject *r = PyArray_SimpleNew(nd, dims, NPY_FLOAT32);
    if (!r) {
        Py_DECREF(b);
        return NULL;
    }
    const uint8_t *src = (const uint8_t *)PyArray_DATA(b);
    float *dst = (float *)PyArray_DATA((PyArrayObject *)r);
    const int64_t n = (int64_t)PyArray_SIZE((PyArrayObject *)r);
    const float s = (float)scale;
    Py_BEGIN_ALLOW_THREADS
    switch (which) {
    case CONV_Q8: if (n) attnforge_dequantize_q8_0(src, dst, n); break;
    case CONV_Q4: if (n) attnforge_dequantize_q4_0(src, dst, n); break;
    case CONV_E4M3: for (int64_t i = 0; i < n; i++) dst[i] = attnforge_fp8_e4m3_to_f32(src[i]) * s; break;
    default: for (int64_t i = 0; i < n; i++) dst[i] = attnforge_fp8_e5m2_to_f32(src[i]) * s; break;
    }
    Py_END_ALLOW_THREADS
    Py_DECREF(b);
    return r;
}

#define AFP_CONV(name, fn, which)                                                                \
    static PyObject *afp_##name(PyObject *Py_UNUSED(m), PyObject *args, PyObject *kwds)          \
    {                                                                                            \
        return fn(args, kwds, which, #name);                                                     \
    }
AFP_CONV(quantize_q8_0, quantize, CONV_Q8)
AFP_CONV(quantize_q4_0, quantize, CONV_Q4)
AFP_CONV(quantize_fp8_e4m3, quantize, CONV_E4M3)
AFP_CONV(quantize_fp8_e5m2, quantize, CONV_E5M2)
AFP_CONV(dequantize_q8_0, dequantize, CONV_Q8)
AFP_CONV(dequantize_q4_0, dequantize, CONV_Q4)
AFP_CONV(dequantize_fp8_e4m3, dequantize, CONV_E4M3)
AFP_CONV(dequantize_fp8_e5m2, dequantize, CONV_E5M2)

/* A timing helper for the overhead measurement: runs the same call as a tiny
 * decode n times from C and returns the median of `reps` batches, in seconds
 * per call, so the Python overhead can be read as the difference. */
static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static PyObject *afp_c_call_seconds(PyObject *Py_UNUSED(m), PyObject *args)
{
    /* (q, k, v, out, iters, reps): dense f32 or f16 arrays, default context */
    PyObject *qo, *ko, *vo, *oo;
    int iters, reps;
    if (!PyArg_ParseTuple(args, "OOOOii", &qo, &ko, &vo, &oo, &iters, &reps)) return NULL;
    if (reps < 1 || reps > 1000 || iters < 1) return PyErr_Format(PyExc_ValueError, "bad iters/reps");
    PyArrayObject *a[4] = {(PyArrayObject *)qo, (PyArrayObject *)ko, (PyArrayObject *)vo, (PyArrayObject *)oo};
    for (int i = 0; i < 4; i++)
        if (!PyArray_Check(a[i]) || !PyArray_IS_C_CONTIGUOUS(a[i]) || PyArray_NDIM(a[i]) != 4 ||
            kind_of_descr(PyArray_DESCR(a[i]), PyArray_ITEMSIZE(a[i])) != K_F32)
            return PyErr_Format(PyExc_TypeError, "c_call_seconds: dense 4-D float32 arrays");
    attnforge_params p;
    memset(&p, 0, sizeof p);
    p.batch = (int32_t)PyArray_DIM(a[0], 0);
    p.seq_q = (int32_t)PyArray_DIM(a[0], 1);
    p.heads_q = (int32_t)PyArray_DIM(a[0], 2);
    p.head_dim_k = (int32_t)PyArray_DIM(a[0], 3);
    p.seq_kv = (int32_t)PyArray_DIM(a[1], 1);
    p.heads_kv = (int32_t)PyArray_DIM(a[1], 2);
    p.head_dim_v = (int32_t)PyArray_DIM(a[2], 3);
    p.q = PyArray_DATA(a[0]);
    p.k = PyArray_DATA(a[1]);
    p.v = PyArray_DATA(a[2]);
    p.o = PyArray_DATA(a[3]);
    double t[1000];
    attnforge_status st = ATTNFORGE_OK;
    Py_BEGIN_ALLOW_THREADS
    for (int r = 0; r < reps && st == ATTNFORGE_OK; r++) {
        double t0 = now_s();
        for (int i = 0; i < iters && st == ATTNFORGE_OK; i++) st = attnforge_attention(NULL, &p);
        t[r] = (now_s() - t0) / iters;
    }
    Py_END_ALLOW_THREADS
    if (st != ATTNFORGE_OK) return raise_status(st);
    qsort(t, (size_t)reps, sizeof t[0], cmp_double);
    return PyFloat_FromDouble(t[reps / 2]);
}

#define ATTENTION_DOC                                                                                  \
    "attention($module, q, k, v, /, *, causal=False, scale=None, softcap=0.0, alibi_slopes=None,\n" \
    "          mask=None, window=None, kv_len=None, q_offset=None, sinks=None, block_table=None,\n"  \
    "          return_lse=False, out=None, k_format=None, v_format=None, k_scale=None,\n"           \
    "          v_scale=None, context=None, cu_seqlens_q=None, cu_seqlens_k=None,\n"                 \
    "          mask_scales=None)\n--\n\n"                                                         \
    "softmax(scale * q k^T + bias) v, fused (flash-attn's layout and conventions).\n\n"            \
    "q: [batch, seqlen_q, nheads, headdim] float32, float16 or bfloat16.\n"                          \
    "k, v: [batch, seqlen_kv, nheads_kv, headdim] (nheads % nheads_kv == 0; v's headdim may\n"      \
    "differ), float32/float16/bfloat16/float8, or uint8 bytes with k_format / v_format =\n"         \
    "'q8_0', 'q4_0' (last dim counts bytes: 34 or 18 per 32 elements), 'fp8_e4m3', 'fp8_e5m2'.\n"  \
    "Paged (block_table [batch, blocks_per_seq] int32 given): k, v are [num_blocks, page_size,\n"   \
    "nheads_kv, headdim] and seqlen_kv = blocks_per_seq * page_size.\n"                             \
    "NumPy arrays or DLPack tensors (torch), never copied: any strides with a contiguous last\n"   \
    "dim (BHSD views, slices). Returns out ([batch, seqlen_q, nheads, headdim_v], q's dtype,\n"    \
    "or written into `out`), and (out, lse [batch, nheads, seqlen_q] float32) with return_lse.\n"  \
    "causal: bottom-right aligned (query i sits at q_offset + i, q_offset defaulting to\n"         \
    "kv_len - seqlen_q). window=(left, right), -1 = unbounded. mask: additive float32/float16,\n"  \
    "broadcastable to [batch, nheads, seqlen_q, seqlen_kv]. kv_len, q_offset: int [batch].\n"     \
    "alibi_slopes, sinks: float [nheads]. k_scale/v_scale (fp8): a number or one per KV head.\n"   \
    "mask_scales: float [nheads], each > 0, multiplies the mask per head (ggml's ALiBi).\n"       \
    "context: an attnforge.Context (default: the process-wide one). The GIL is released.\n"      \
    "Packed variable-length batch (flash_attn_varlen_func's layout): cu_seqlens_q [batch + 1]\n" \
    "int32 with q [total_q, nheads, headdim] (out [total_q, ...], lse [total_q, nheads]);\n"    \
    "k, v as usual ([batch, seqlen_kv, ...] or paged) or packed [total_kv, nheads_kv, headdim]\n" \
    "with cu_seqlens_k [batch + 1]. Each sequence gives bitwise what it gives alone."

static PyMethodDef afp_methods[] = {
    {"attention", (PyCFunction)(void (*)(void))afp_attention, METH_FASTCALL | METH_KEYWORDS,
     ATTENTION_DOC},
    {"kernel_for", (PyCFunction)(void (*)(void))afp_kernel_for, METH_FASTCALL | METH_KEYWORDS,
     "kernel_for(q, k, v, **options): the name of the kernel attention() would run with the same\n"
     "arguments (attnforge_kernel_for: validated and planned, nothing computed, out not written)."},
    {"last_kernel", afp_last_kernel, METH_NOARGS,
     "Name of the kernel the last successful call on this thread ran ('generic' or a generated one)."},
    {"last_error", afp_last_error, METH_NOARGS, "The C library's message for the last failed call on this thread."},
    {"alibi_slopes", (PyCFunction)(void (*)(void))afp_alibi_slopes, METH_VARARGS | METH_KEYWORDS,
     "alibi_slopes(n_heads, max_bias=None) -> float32 [n_heads]: Press et al.'s slopes, or ggml's max_bias form."},
    {"format_bytes", afp_format_bytes, METH_VARARGS, "format_bytes(format, n) -> bytes that n elements take."},
    {"quantize_q8_0", (PyCFunction)(void (*)(void))afp_quantize_q8_0, METH_VARARGS | METH_KEYWORDS,
     "quantize_q8_0(x) -> uint8 [..., D/32*34]: ggml block_q8_0 of each row (last dim a multiple of 32)."},
    {"quantize_q4_0", (PyCFunction)(void (*)(void))afp_quantize_q4_0, METH_VARARGS | METH_KEYWORDS,
     "quantize_q4_0(x) -> uint8 [..., D/32*18]: ggml block_q4_0 of each row."},
    {"quantize_fp8_e4m3", (PyCFunction)(void (*)(void))afp_quantize_fp8_e4m3, METH_VARARGS | METH_KEYWORDS,
     "quantize_fp8_e4m3(x, scale=1.0) -> uint8 codes of x / scale (OCP E4M3FN, round to nearest even)."},
    {"quantize_fp8_e5m2", (PyCFunction)(void (*)(void))afp_quantize_fp8_e5m2, METH_VARARGS | METH_KEYWORDS,
     "quantize_fp8_e5m2(x, scale=1.0) -> uint8 codes of x / scale (OCP E5M2, round to nearest even)."},
    {"dequantize_q8_0", (PyCFunction)(void (*)(void))afp_dequantize_q8_0, METH_VARARGS | METH_KEYWORDS,
     "dequantize_q8_0(data) -> float32 [..., bytes/34*32] (the exact d * q)."},
    {"dequantize_q4_0", (PyCFunction)(void (*)(void))afp_dequantize_q4_0, METH_VARARGS | METH_KEYWORDS,
     "dequantize_q4_0(data) -> float32 [..., bytes/18*32]."},
    {"dequantize_fp8_e4m3", (PyCFunction)(void (*)(void))afp_dequantize_fp8_e4m3, METH_VARARGS | METH_KEYWORDS,
     "dequantize_fp8_e4m3(data, scale=1.0) -> float32: each code's value times scale."},
    {"dequantize_fp8_e5m2", (PyCFunction)(void (*)(void))afp_dequantize_fp8_e5m2, METH_VARARGS | METH_KEYWORDS,
     "dequantize_fp8_e5m2(data, scale=1.0) -> float32: each code's value times scale."},
    {"_set_allocator", afp_set_allocator, METH_O, NULL},
    {"_c_call_seconds", afp_c_call_seconds, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef afp_module = {
    PyModuleDef_HEAD_INIT, "attnforge._native",
    "The C extension of attnforge (use the attnforge package).", -1, afp_methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__native(void)
{
    import_array();
    if (PyType_Ready(&ContextType) < 0) return NULL;
    PyObject *mod = PyModule_Create(&afp_module);
    if (!mod) return NULL;
    for (int i = 0; i < KW_COUNT; i++)
        if (!(kw_str[i] = PyUnicode_InternFromString(kw_names[i]))) goto fail;
    if (!(str_dlpack = PyUnicode_InternFromString("__dlpack__")) ||
        !(str_torch = PyUnicode_InternFromString("torch")) ||
        !(str_requires_grad = PyUnicode_InternFromString("requires_grad")) ||
        !(str_is_cpu = PyUnicode_InternFromString("is_cpu")) ||
        !(str_dtype = PyUnicode_InternFromString("dtype")) ||
        !(str_shape = PyUnicode_InternFromString("shape")) ||
        !(str_stride = PyUnicode_InternFromString("stride")) ||
        !(str_data_ptr = PyUnicode_InternFromString("data_ptr")))
        goto fail;
    afp_error = PyErr_NewExceptionWithDoc(
        "attnforge.Error",
        "A call the C library rejected (a ValueError): str() is attnforge_last_error()'s "
        "message, .status the attnforge_status code, .status_string its description.",
        PyExc_ValueError, NULL);
    if (!afp_error) goto fail;
    Py_INCREF(afp_error);
    if (PyModule_AddObject(mod, "Error", afp_error) < 0) goto fail;
    Py_INCREF(&ContextType);
    if (PyModule_AddObject(mod, "Context", (PyObject *)&ContextType) < 0) goto fail;
    PyObject *ver = PyUnicode_FromFormat("%d.%d.%d", ATTNFORGE_VERSION_MAJOR, ATTNFORGE_VERSION_MINOR,
                                         ATTNFORGE_VERSION_PATCH);
    if (!ver || PyModule_AddObject(mod, "c_version", ver) < 0) goto fail;
    if (PyModule_AddIntConstant(mod, "MAX_HEAD_DIM", ATTNFORGE_MAX_HEAD_DIM) < 0) goto fail;
    return mod;
fail:
    Py_DECREF(mod);
    return NULL;
}
