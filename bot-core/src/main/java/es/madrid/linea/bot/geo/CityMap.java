package es.madrid.linea.bot.geo;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Where things are in Madrid: the district of a point and the point of a street address. The district polygons and
 * the street gazetteer are loaded on a background thread when the map is created, so start-up does not wait for them;
 * the first question waits only if it comes before they are ready (a fraction of a second).
 */
public final class CityMap {

    private final CompletableFuture<DistrictMap> districts;
    private final CompletableFuture<StreetGazetteer> streets;

    public CityMap(DistrictMap districts, StreetGazetteer streets) {
        this(CompletableFuture.completedFuture(districts), CompletableFuture.completedFuture(streets));
    }

    private CityMap(CompletableFuture<DistrictMap> districts, CompletableFuture<StreetGazetteer> streets) {
        this.districts = districts;
        this.streets = streets;
    }

    /** The map of the classpath's kb-content, loading in the background. */
    public static CityMap fromClasspath() {
        return new CityMap(inBackground(DistrictMap::fromClasspath), inBackground(StreetGazetteer::fromClasspath));
    }

    /** The district code (1 to 21) of a point; empty outside Madrid. */
    public Optional<Integer> districtCodeAt(GeoPoint point) {
        return districts.join().districtCodeAt(point);
    }

    /** The point of a street address with its number; empty when the street or number is not known. */
    public Optional<GeoPoint> locate(String address) {
        return address == null ? Optional.empty() : streets.join().locate(address);
    }

    private static <T> CompletableFuture<T> inBackground(Supplier<T> loader) {
        CompletableFuture<T> loaded = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        loaded.complete(loader.get());
                    } catch (RuntimeException | Error e) {
                        loaded.completeExceptionally(e);
                    }
                },
                "city-map-loader");
        thread.setDaemon(true);
        thread.start();
        return loaded;
    }
}
