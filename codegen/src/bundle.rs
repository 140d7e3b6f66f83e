//! **References to other files.** A description may keep schemas in files
//! of their own (`$ref: verifiedPaymentRequest.json`, as Worldpay publishes
//! Verified Payments' bodies as standalone JSON Schemas). typify and
//! progenitor resolve only `#/components/...` references and panic on
//! others. Each referenced file is loaded, relative to the file that
//! refers to it, and added to `components.schemas` under its file name up
//! to the first dot (`verifiedPaymentRequest`); the references are
//! rewritten to point there. Files may refer to further files.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::json::{SCHEMA_REF, components_mut};

/// Bundles every external reference of `doc` (read from `path`); returns
/// the files added.
pub fn bundle(doc: &mut Value, path: &Path) -> Result<Vec<PathBuf>, String> {
    let mut added = Vec::new();
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut pending: Vec<(PathBuf, String)> = Vec::new();
    rewrite(doc, dir, &mut pending)?;
    while let Some((file, name)) = pending.pop() {
        if added.contains(&file) {
            continue;
        }
        let mut schema = super::load(&file)?;
        let file_dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
        rewrite(&mut schema, &file_dir, &mut pending)?;
        if let Some(obj) = schema.as_object_mut() {
            // A standalone JSON Schema's own `$schema`/`$id` mean nothing
            // inside an OpenAPI document.
            obj.remove("$schema");
            obj.remove("$id");
        }
        let comps = components_mut(doc);
        if let Some(existing) = comps.get(&name)
            && *existing != schema
        {
            return Err(format!(
                "{}: bundled as `{name}`, which the document already defines",
                file.display()
            ));
        }
        comps.insert(name, schema);
        added.push(file);
    }
    added.sort();
    Ok(added)
}

fn rewrite(
    value: &mut Value,
    dir: &Path,
    pending: &mut Vec<(PathBuf, String)>,
) -> Result<(), String> {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get_mut("$ref")
                && !r.starts_with('#')
            {
                let (file, fragment) = r.split_once('#').unwrap_or((r.as_str(), ""));
                if !fragment.is_empty() && fragment != "/" {
                    return Err(format!(
                        "`$ref: {r}`: references into another file are not supported, only whole files"
                    ));
                }
                let file_path = dir.join(file);
                let name = file_path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.split('.').next())
                    .filter(|n| !n.is_empty())
                    .ok_or_else(|| format!("`$ref: {r}`: no usable file name"))?
                    .to_string();
                if !file_path.is_file() {
                    return Err(format!(
                        "`$ref: {r}`: {} does not exist",
                        file_path.display()
                    ));
                }
                *r = format!("{SCHEMA_REF}{name}");
                pending.push((file_path, name));
            }
            for (k, v) in map.iter_mut() {
                if k != "example" && k != "examples" {
                    rewrite(v, dir, pending)?;
                }
            }
        }
        Value::Array(items) => {
            for v in items {
                rewrite(v, dir, pending)?;
            }
        }
        _ => {}
    }
    Ok(())
}
