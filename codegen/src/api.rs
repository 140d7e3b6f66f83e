//! An API is a folder: `schemas/<folder>/` holds its description and an
//! `api.yaml` saying what the description does not (module and feature
//! names, authentication, environments, named patches, where link
//! relations lead, card data under unusual names). This module reads those
//! files; adding an API is adding a folder.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::patches::{self, Patch};

/// One API the crate binds, as its `api.yaml` describes it.
#[derive(Debug, Clone)]
pub struct Api {
    /// The folder under `schemas/`.
    pub folder: String,
    /// Its `api.yaml`, relative to the root generated from.
    pub api_file: PathBuf,
    /// The description, relative to the crate root (`schemas/<folder>/…`).
    pub schema: String,
    /// The Rust module (and `generated/` folder) it is generated into.
    pub module: String,
    /// The Cargo feature that builds it.
    pub feature: String,
    /// Human title, for docs.
    pub title: String,
    /// How requests authenticate.
    pub auth: Auth,
    /// Named environments and their base URLs, in file order.
    pub environments: Vec<(String, String)>,
    /// The named patches for this description, in order.
    pub patches: Vec<&'static Patch>,
    /// Which operation each HAL link relation leads to (`None`: a relation
    /// the API documents but no operation of the description follows).
    pub relations: Vec<(String, Option<String>)>,
    /// `(prefix, also)`: a relation `prefix:x` may also arrive as `also:x`.
    pub relation_aliases: Vec<(String, String)>,
    /// `(schema, property, kind)`: card data or secrets under a name the
    /// general list does not know; `kind` names the bound type.
    pub sensitive: Vec<(String, String, String)>,
    /// Whether the simulator serves it (its behaviour is then
    /// `src/sim/<module>.rs`).
    pub simulated: bool,
    /// Message APIs (AsyncAPI): the client method of an operation, by
    /// operation id, where the snake-case id is not the name (`None`: no
    /// generated method, the hand-written client offers the operation).
    pub methods: Vec<(String, Option<String>)>,
    /// Where, in a webhook's body, the event's name, identity and time are
    /// (`webhooks` in `api.yaml`; `codegen/src/webhooks.rs`). `None`: the
    /// description's webhooks (if any) get types but no event enum.
    pub webhooks: Option<WebhookKeys>,
}

/// Where a webhook's body says which webhook it is, as JSON pointers into
/// the body (`webhooks` in `api.yaml`). A description's `webhooks` name
/// each message but the message itself says which it is in a property
/// the description does not single out.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookKeys {
    /// The event's name, tried in order; the first string found is it.
    pub name: Vec<String>,
    /// A qualifier (a class): a webhook named `<name><Qualifier>` is the
    /// one meant when it exists (two webhooks whose name is the same
    /// word in two classes).
    #[serde(default)]
    pub qualifier: Option<String>,
    /// The event's identity (the same on every delivery of one event).
    pub id: String,
    /// When the event happened.
    pub timestamp: String,
}

/// How an API's requests authenticate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Auth {
    /// HTTP Basic.
    Basic,
    /// A Bearer token.
    Bearer,
    /// A key sent as the whole `Authorization` value.
    ServiceKey,
    /// IPS Cloud's licence key, in the STOMP CONNECT frame.
    LicenceKey,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    title: String,
    module: String,
    feature: String,
    description: String,
    auth: Auth,
    #[serde(default)]
    environments: serde_yaml::Mapping,
    #[serde(default)]
    patches: Vec<String>,
    #[serde(default)]
    relations: serde_yaml::Mapping,
    #[serde(default)]
    relation_aliases: serde_yaml::Mapping,
    #[serde(default)]
    sensitive: Vec<(String, String, String)>,
    #[serde(default)]
    simulated: bool,
    #[serde(default)]
    methods: serde_yaml::Mapping,
    #[serde(default)]
    webhooks: Option<WebhookKeys>,
}

/// The name of the file in each API folder.
pub const API_FILE: &str = "api.yaml";

fn strings(
    map: &serde_yaml::Mapping,
    what: &str,
    at: &Path,
) -> Result<Vec<(String, Option<String>)>, String> {
    map.iter()
        .map(|(k, v)| {
            let key = k
                .as_str()
                .ok_or_else(|| format!("{}: a key of `{what}` is not a string", at.display()))?;
            let value = match v {
                serde_yaml::Value::Null => None,
                serde_yaml::Value::String(s) => Some(s.clone()),
                _ => {
                    return Err(format!(
                        "{}: `{what}.{key}` must be a string or ~",
                        at.display()
                    ));
                }
            };
            Ok((key.to_string(), value))
        })
        .collect()
}

/// Reads one folder's `api.yaml` (`schemas/<folder>/` under `root`).
pub fn load(root: &Path, folder: &str) -> Result<Api, String> {
    let dir = PathBuf::from("schemas").join(folder);
    load_dir(root, &dir)
}

/// Reads the `api.yaml` of the folder `dir` (relative to `root`), any
/// folder: an API of this crate, or one a maintainer generates for their
/// own crate.
pub fn load_dir(root: &Path, dir: &Path) -> Result<Api, String> {
    let folder = dir
        .file_name()
        .and_then(|f| f.to_str())
        .ok_or_else(|| format!("{}: not a folder name", dir.display()))?
        .to_string();
    let folder = folder.as_str();
    let path = root.join(dir).join(API_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: File = serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let rel = |name: &str| crate::manifest::unix_path(&dir.join(name));
    let mut chosen = Vec::new();
    for name in &file.patches {
        let patch = patches::named(name).ok_or_else(|| {
            format!(
                "{}: no named patch `{name}` in codegen/src/patches.rs",
                path.display()
            )
        })?;
        chosen.push(patch);
    }
    let require = |pairs: Vec<(String, Option<String>)>, what: &str| {
        pairs
            .into_iter()
            .map(|(k, v)| {
                v.map(|v| (k.clone(), v))
                    .ok_or_else(|| format!("{}: `{what}.{k}` needs a value", path.display()))
            })
            .collect::<Result<Vec<_>, String>>()
    };
    Ok(Api {
        folder: folder.to_string(),
        api_file: dir.join(API_FILE),
        schema: rel(&file.description),
        module: file.module,
        feature: file.feature,
        title: file.title,
        auth: file.auth,
        environments: require(
            strings(&file.environments, "environments", &path)?,
            "environments",
        )?,
        patches: chosen,
        relations: strings(&file.relations, "relations", &path)?,
        relation_aliases: require(
            strings(&file.relation_aliases, "relation_aliases", &path)?,
            "relation_aliases",
        )?,
        sensitive: file.sensitive,
        simulated: file.simulated,
        methods: strings(&file.methods, "methods", &path)?,
        webhooks: file.webhooks,
    })
}

/// Every API under `root/schemas/`: each folder with an `api.yaml`, in
/// folder-name order (so generation does not depend on the file system).
pub fn load_all(root: &Path) -> Result<Vec<Api>, String> {
    let dir = root.join("schemas");
    let mut folders: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join(API_FILE).is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    folders.sort();
    let apis = folders
        .iter()
        .map(|f| load(root, f))
        .collect::<Result<Vec<_>, _>>()?;
    for (i, a) in apis.iter().enumerate() {
        if let Some(b) = apis[..i]
            .iter()
            .find(|b| b.module == a.module || b.feature == a.feature)
        {
            return Err(format!(
                "schemas/{} and schemas/{} use the same module or feature name",
                b.folder, a.folder
            ));
        }
    }
    Ok(apis)
}

/// The path of an API folder's file, for headers and messages.
pub fn file_path(api: &Api) -> PathBuf {
    api.api_file.clone()
}
