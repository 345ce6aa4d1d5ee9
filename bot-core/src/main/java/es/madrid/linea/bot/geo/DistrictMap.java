package es.madrid.linea.bot.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Madrid's 21 districts as polygons: which district a point is in. The council publishes the polygons in UTM zone 30
 * on the ED50 datum (EPSG:23030); they are converted once, when loaded, to the latitude and longitude (WGS84) that
 * phones share and the street gazetteer uses. A point is in a district by ray casting (even-odd rule over every ring,
 * so holes count out).
 */
public final class DistrictMap {

    /** The council's district polygons (2017), as published: see kb-content/geo/SOURCE.md. */
    public static final String RESOURCE = "kb-content/geo/madrid-districts_2017.geojson";

    /** EPSG:23030 with the ED50 to WGS84 shift proj uses for Spain (three parameters: within a few metres here). */
    private static final String ED50_UTM30 = "+proj=utm +zone=30 +ellps=intl +towgs84=-87,-98,-121,0,0,0,0 +units=m";

    private final List<Area> areas;

    DistrictMap(List<Area> areas) {
        this.areas = List.copyOf(areas);
    }

    /** The districts of the classpath's kb-content. */
    public static DistrictMap fromClasspath() {
        try (InputStream in = DistrictMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a GeoJSON feature collection in EPSG:23030 whose features carry {@code cod_distri} and {@code name}. */
    public static DistrictMap read(InputStream geojson) {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem utm = crs.createFromParameters("ED50 UTM30", ED50_UTM30);
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84");
        CoordinateTransform toWgs84 = new CoordinateTransformFactory().createTransform(utm, wgs84);
        JsonNode root = JsonMapper.builder().build().readTree(geojson);
        List<Area> areas = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            int code = Integer.parseInt(
                    feature.path("properties").path("cod_distri").asString());
            String name = feature.path("properties").path("name").asString();
            JsonNode geometry = feature.path("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if ("MultiPolygon".equals(geometry.path("type").asString())) {
                geometry.path("coordinates").forEach(polygons::add);
            } else {
                polygons.add(geometry.path("coordinates"));
            }
            List<Ring> rings = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    rings.add(ring(ring, toWgs84));
                }
            }
            areas.add(new Area(code, name, rings));
        }
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("no district polygons in the file");
        }
        return new DistrictMap(areas);
    }

    /** The code (1 to 21) of the district the point is in; empty outside Madrid. */
    public Optional<Integer> districtCodeAt(GeoPoint point) {
        for (Area area : areas) {
            if (area.contains(point.lat(), point.lon())) {
                return Optional.of(area.code());
            }
        }
        return Optional.empty();
    }

    /** How many districts the map has. */
    public int size() {
        return areas.size();
    }

    private static Ring ring(JsonNode coordinates, CoordinateTransform toWgs84) {
        int n = coordinates.size();
        double[] lats = new double[n];
        double[] lons = new double[n];
        ProjCoordinate from = new ProjCoordinate();
        ProjCoordinate to = new ProjCoordinate();
        for (int i = 0; i < n; i++) {
            from.x = coordinates.get(i).get(0).asDouble();
            from.y = coordinates.get(i).get(1).asDouble();
            toWgs84.transform(from, to);
            lons[i] = to.x;
            lats[i] = to.y;
        }
        return new Ring(lats, lons);
    }

    /** One district: its rings (outer boundaries and holes alike) and their bounding box. */
    private record Area(int code, String name, List<Ring> rings) {

        boolean contains(double lat, double lon) {
            boolean inside = false;
            for (Ring ring : rings) {
                if (ring.crossings(lat, lon) % 2 == 1) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    private record Ring(double[] lats, double[] lons, double minLat, double maxLat, double minLon, double maxLon) {

        Ring(double[] lats, double[] lons) {
            this(lats, lons, min(lats), max(lats), min(lons), max(lons));
        }

        /** How many edges a ray from the point towards the east crosses. */
        int crossings(double lat, double lon) {
            if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) {
                return 0;
            }
            int crossings = 0;
            for (int i = 0, j = lats.length - 1; i < lats.length; j = i++) {
                boolean straddles = (lats[i] > lat) != (lats[j] > lat);
                if (straddles && lon < (lons[j] - lons[i]) * (lat - lats[i]) / (lats[j] - lats[i]) + lons[i]) {
                    crossings++;
                }
            }
            return crossings;
        }

        private static double min(double[] values) {
            double min = Double.MAX_VALUE;
            for (double v : values) {
                min = Math.min(min, v);
            }
            return min;
        }

        private static double max(double[] values) {
            double max = -Double.MAX_VALUE;
            for (double v : values) {
                max = Math.max(max, v);
            }
            return max;
        }
    }
}
