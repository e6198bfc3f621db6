// The runner's display preferences (units, panel sizes), kept in this browser's localStorage.
const prefix = "mcpacer.";

export function get(key) {
    return localStorage.getItem(prefix + key);
}

export function set(key, value) {
    localStorage.setItem(prefix + key, value);
}
