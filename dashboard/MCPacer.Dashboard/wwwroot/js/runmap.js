// A run's route on a Leaflet map: OpenStreetMap tiles when they load, the track alone on a plain background when not.
import * as L from "../lib/leaflet/leaflet-src.esm.js";

const tilesUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

export function draw(element, points) {
    // The wheel scrolls the page past the map; it zooms the map only after a click into it, until the pointer leaves.
    const map = L.map(element, { zoomControl: true, attributionControl: true, preferCanvas: true, scrollWheelZoom: false });
    map.on("click", () => map.scrollWheelZoom.enable());
    map.on("mouseout", () => map.scrollWheelZoom.disable());
    const tiles = L.tileLayer(tilesUrl, { maxZoom: 18, attribution: "© OpenStreetMap contributors" });
    tiles.on("tileerror", () => {
        // Offline (or blocked): drop the tiles so the track stands on a plain background instead of grey squares.
        map.removeLayer(tiles);
        element.classList.add("mc-map-offline");
    });
    tiles.addTo(map);

    const track = L.polyline(points, { color: "#e65100", weight: 4, opacity: 0.9 }).addTo(map);
    L.circleMarker(points[0], { radius: 6, color: "#2e7d32", fillOpacity: 1 }).addTo(map).bindTooltip("start");
    L.circleMarker(points[points.length - 1], { radius: 6, color: "#c62828", fillOpacity: 1 }).addTo(map).bindTooltip("finish");
    map.fitBounds(track.getBounds(), { padding: [16, 16] });

    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(element);
    return {
        dispose() {
            observer.disconnect();
            map.remove();
        },
    };
}
