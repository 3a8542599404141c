//! Builds the attnforge C library from this source tree (no crate-registry
//! dependencies, no CMake): compiles runtime/*.c and the generated kernels
//! that generated/sources.cmake lists, with the system C compiler, several at
//! a time, and archives them into OUT_DIR/libattnforge.a. The same flags on
//! every file, as CMake uses: per-ISA code carries its own target attributes
//! and is chosen at run time, so no -m flag is needed (or wanted).
//!
//! Environment:
//!   ATTNFORGE_SOURCE_DIR  the attnforge tree (default: three levels above this crate)
//!   ATTNFORGE_GENERATED_DIR  kernels regenerated for other head dims / dtypes /
//!                         ISAs (`lua5.4 gen/attnforge-gen.lua --out DIR ...`);
//!                         default: the tree's generated/
//!   CC, AR                compiler and archiver (default: cc, ar; TARGET_CC / TARGET_AR too)
//!   ATTNFORGE_SYS_CFLAGS  extra C flags, split on whitespace
//!   NUM_JOBS              parallel compiles (cargo sets it from -j)
//!
//! Also compiles probe/layout.c into libattnforge_sys_probe.a: the C
//! compiler's sizeof / offsetof / enum values, which tests/layout.rs compares
//! with the Rust declarations.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Instant, SystemTime};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-env-changed=ATTNFORGE_SOURCE_DIR");
    let root = match env::var_os("ATTNFORGE_SOURCE_DIR") {
        Some(d) => PathBuf::from(d),
        None => manifest.join("../../.."),
    };
    let root = root
        .canonicalize()
        .unwrap_or_else(|e| fail(&format!("attnforge source tree {}: {}", root.display(), e)));
    let runtime = root.join("runtime");
    // A kernel set of the user's own (the generator's --out folder: its
    // sources.cmake and registry.inc) replaces the committed generated/.
    println!("cargo:rerun-if-env-changed=ATTNFORGE_GENERATED_DIR");
    let generated = match env::var_os("ATTNFORGE_GENERATED_DIR") {
        Some(d) => PathBuf::from(d)
            .canonicalize()
            .unwrap_or_else(|e| fail(&format!("ATTNFORGE_GENERATED_DIR: {}", e))),
        None => root.join("generated"),
    };
    if !runtime.join("attnforge.h").is_file() || !generated.join("sources.cmake").is_file() {
        fail(&format!(
            "no attnforge sources: {} needs runtime/attnforge.h (set ATTNFORGE_SOURCE_DIR), \
             {} needs sources.cmake (the generator's output; ATTNFORGE_GENERATED_DIR)",
            root.display(),
            generated.display()
        ));
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let obj_dir = out.join("obj");
    fs::create_dir_all(&obj_dir).unwrap_or_else(|e| fail(&format!("{}: {}", obj_dir.display(), e)));

    // ---- sources: the same list CMake compiles ------------------------------------
    let mut sources: Vec<PathBuf> = list_dir(&runtime, "c");
    sources.extend(generated_sources(&generated));
    // Everything a source may include: a change to any of them recompiles all.
    let mut headers: Vec<PathBuf> = list_dir(&runtime, "h");
    headers.extend(
        walk(&generated)
            .into_iter()
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("h") | Some("inc"))),
    );
    println!("cargo:rerun-if-changed={}", runtime.display());
    println!("cargo:rerun-if-changed={}", generated.display());
    for p in sources.iter().chain(headers.iter()) {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    println!("cargo:rerun-if-changed={}", generated.join("sources.cmake").display());
    let probe = manifest.join("probe/layout.c");
    println!("cargo:rerun-if-changed={}", probe.display());

    // ---- tools and flags ---------------------------------------------------------------
    let cc = tool(&["TARGET_CC", "CC"], "cc");
    let ar = tool(&["TARGET_AR", "AR"], "ar");
    println!("cargo:rerun-if-env-changed=ATTNFORGE_SYS_CFLAGS");
    let mut flags: Vec<String> =
        ["-std=c11", "-O3", "-DNDEBUG", "-fPIC", "-fvisibility=hidden", "-Wall", "-Wextra"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    flags.push(format!("-I{}", runtime.display()));
    flags.push(format!("-I{}", generated.display()));
    if let Ok(extra) = env::var("ATTNFORGE_SYS_CFLAGS") {
        flags.extend(extra.split_whitespace().map(|s| s.to_string()));
    }

    // Objects are kept in OUT_DIR between runs of this script: a source is
    // recompiled when it, any header or the command line changed.
    let stamp = obj_dir.join("flags.txt");
    let fingerprint = format!("{}\n{}\n", cc, flags.join("\n"));
    let same_flags = fs::read_to_string(&stamp).map(|s| s == fingerprint).unwrap_or(false);
    let newest_header = headers.iter().filter_map(|p| mtime(p)).max();
    let mut jobs: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut objects: Vec<PathBuf> = Vec::new();
    for src in &sources {
        let rel = src.strip_prefix(&root).unwrap_or(src);
        let name = rel.to_string_lossy().replace(['/', '\\'], "_");
        let obj = obj_dir.join(format!("{}.o", name.trim_end_matches(".c")));
        let fresh = same_flags
            && match (mtime(&obj), mtime(src)) {
                (Some(o), Some(s)) => o >= s && newest_header.map_or(true, |h| o >= h),
                _ => false,
            };
        if !fresh {
            jobs.push((src.clone(), obj.clone()));
        }
        objects.push(obj);
    }
    // Largest first: the unrolled D = 256 kernels take longest.
    jobs.sort_by_key(|(s, _)| std::cmp::Reverse(fs::metadata(s).map(|m| m.len()).unwrap_or(0)));
    let _ = fs::remove_file(&stamp);
    let n_jobs =
        env::var("NUM_JOBS").ok().and_then(|s| s.parse::<usize>().ok()).filter(|&n| n > 0).unwrap_or(2);
    let t0 = Instant::now();
    let n_compiled = jobs.len();
    compile_all(&cc, &flags, jobs, n_jobs);
    fs::write(&stamp, &fingerprint).unwrap_or_else(|e| fail(&format!("{}: {}", stamp.display(), e)));
    eprintln!(
        "attnforge-sys: compiled {} of {} C files with {} job(s) in {:.1} s",
        n_compiled,
        objects.len(),
        n_jobs,
        t0.elapsed().as_secs_f64()
    );

    archive(&ar, &out.join("libattnforge.a"), &objects);

    // The layout probe: its own archive, so the library itself holds only
    // attnforge's objects.
    let probe_obj = obj_dir.join("probe_layout.o");
    compile_all(&cc, &flags, vec![(probe, probe_obj.clone())], 1);
    archive(&ar, &out.join("libattnforge_sys_probe.a"), &[probe_obj]);

    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static=attnforge");
    println!("cargo:rustc-link-lib=static=attnforge_sys_probe");
    let target_os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if target_os != "windows" {
        println!("cargo:rustc-link-lib=pthread");
        println!("cargo:rustc-link-lib=m");
    }
    // For crates that compile C against attnforge themselves (DEP_ATTNFORGE_INCLUDE).
    println!("cargo:include={}", runtime.display());
    println!("cargo:root={}", out.display());
}

fn fail(msg: &str) -> ! {
    eprintln!("attnforge-sys build: {}", msg);
    std::process::exit(1);
}

fn tool(vars: &[&str], default: &str) -> String {
    for v in vars {
        println!("cargo:rerun-if-env-changed={}", v);
    }
    for v in vars {
        if let Ok(s) = env::var(v) {
            if !s.trim().is_empty() {
                return s.trim().to_string();
            }
        }
    }
    default.to_string()
}

fn mtime(p: &Path) -> Option<SystemTime> {
    fs::metadata(p).and_then(|m| m.modified()).ok()
}

fn list_dir(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let rd = fs::read_dir(dir).unwrap_or_else(|e| fail(&format!("{}: {}", dir.display(), e)));
    let mut v: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().and_then(|e| e.to_str()) == Some(ext))
        .collect();
    v.sort();
    v
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.filter_map(|e| e.ok()) {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The kernel files generated/sources.cmake lists (the generator writes it
/// with the registry, so the two always agree).
fn generated_sources(generated: &Path) -> Vec<PathBuf> {
    let path = generated.join("sources.cmake");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{}: {}", path.display(), e)));
    let mut v = Vec::new();
    for line in text.lines() {
        let line = line.trim().trim_matches('"');
        if let Some(rel) = line.strip_prefix("${CMAKE_CURRENT_LIST_DIR}/") {
            if rel.ends_with(".c") {
                let p = generated.join(rel);
                if !p.is_file() {
                    fail(&format!("{} lists {}, which does not exist", path.display(), p.display()));
                }
                v.push(p);
            }
        }
    }
    if v.is_empty() {
        fail(&format!("{} lists no source", path.display()));
    }
    v
}

/// Runs `cc flags -c src -o obj` for every job, n_jobs at a time. Compiler
/// diagnostics become cargo warnings; any failure fails the build.
fn compile_all(cc: &str, flags: &[String], jobs: Vec<(PathBuf, PathBuf)>, n_jobs: usize) {
    let jobs = Arc::new(jobs);
    let next = Arc::new(AtomicUsize::new(0));
    let errors: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for _ in 0..n_jobs.min(jobs.len()).max(1) {
        let (jobs, next, errors) = (jobs.clone(), next.clone(), errors.clone());
        let cc = cc.to_string();
        let flags = flags.to_vec();
        handles.push(thread::spawn(move || loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            if i >= jobs.len() {
                break;
            }
            let (src, obj) = &jobs[i];
            let tmp = obj.with_extension("o.tmp");
            let res = Command::new(&cc).args(&flags).arg("-c").arg(src).arg("-o").arg(&tmp).output();
            match res {
                Ok(o) => {
                    let diag = String::from_utf8_lossy(&o.stderr);
                    for l in diag.lines() {
                        println!("cargo:warning={}", l);
                    }
                    if o.status.success() {
                        if let Err(e) = fs::rename(&tmp, obj) {
                            errors.lock().unwrap().push(format!("{}: {}", obj.display(), e));
                        }
                    } else {
                        errors.lock().unwrap().push(format!(
                            "{} failed on {} ({})\n{}",
                            cc,
                            src.display(),
                            o.status,
                            diag
                        ));
                    }
                }
                Err(e) => errors
                    .lock()
                    .unwrap()
                    .push(format!("could not run the C compiler `{}`: {} (set CC)", cc, e)),
            }
        }));
    }
    for h in handles {
        h.join().expect("compile thread panicked");
    }
    let errors = errors.lock().unwrap();
    if !errors.is_empty() {
        fail(&errors.join("\n"));
    }
}

fn archive(ar: &str, lib: &Path, objects: &[PathBuf]) {
    let _ = fs::remove_file(lib);
    let o = Command::new(ar)
        .arg("crs")
        .arg(lib)
        .args(objects)
        .output()
        .unwrap_or_else(|e| fail(&format!("could not run `{}`: {} (set AR)", ar, e)));
    if !o.status.success() {
        fail(&format!("{} crs {} failed: {}", ar, lib.display(), String::from_utf8_lossy(&o.stderr)));
    }
}
