//! The files a command works on: the ones named, and those found in the folders named.

use std::fs;
use std::path::{Path, PathBuf};

/// One input file; `named` when it was given on the command line rather than found in a folder;
/// `link` when it is a symbolic link, named or found, which is reported and never followed (a
/// link can lead out of the folder, or back into it, for ever; a shell's `content/*.md` names
/// every link a contributor committed there).
pub struct Input {
    pub path: PathBuf,
    pub named: bool,
    pub link: bool,
}

/// The files named in `args`, and in each folder named, every file (at any depth) whose
/// extension is one of `extensions`, and every symbolic link with such a name or to a folder,
/// in name order. Hidden files and folders are skipped. A path that does not exist is
/// returned as named, so that reading it reports the error.
pub fn collect(args: &[String], extensions: &[&str]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for arg in args {
        let path = PathBuf::from(arg);
        let kind = fs::symlink_metadata(&path).map(|m| m.file_type());
        if kind.as_ref().is_ok_and(|k| k.is_symlink()) {
            inputs.push(Input {
                path,
                named: true,
                link: true,
            });
        } else if kind.is_ok_and(|k| k.is_dir()) {
            let mut found = Vec::new();
            walk(&path, extensions, &mut found);
            found.sort();
            inputs.extend(found.into_iter().map(|(path, link)| Input {
                path,
                named: false,
                link,
            }));
        } else {
            inputs.push(Input {
                path,
                named: true,
                link: false,
            });
        }
    }
    inputs
}

/// Files and links below `dir`, each with whether it is a link. An entry is judged by its own
/// type, never by what a link points at.
fn walk(dir: &Path, extensions: &[&str], found: &mut Vec<(PathBuf, bool)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if kind.is_symlink() {
            // Looked at (not followed) to tell a link to a folder from one to some other file.
            if has_extension(&path, extensions) || path.is_dir() {
                found.push((path, true));
            }
        } else if kind.is_dir() {
            walk(&path, extensions, found);
        } else if has_extension(&path, extensions) {
            found.push((path, false));
        }
    }
}

/// Whether `path` ends in one of `extensions` (compared without case).
pub fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}
