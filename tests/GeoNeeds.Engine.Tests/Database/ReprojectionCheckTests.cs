using GeoNeeds.Engine.Database;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Tests.Database;

[Collection(PostGisCollection.Name)]
public class ReprojectionCheckTests(PostGisCluster cluster)
{
    // Around the invented town of Saltmere in the North Sea, lon/lat.
    private static readonly Envelope Saltmere = new(0.39, 0.51, 54.15, 54.23);

    [SkippableFact]
    public void Require_DatabaseWithTheEngineHelmertParameters_Passes()
    {
        using var connection = cluster.Connect();

        ReprojectionCheck.Require(connection, Saltmere, CoordinateSystem.Wgs84, CoordinateSystem.BritishNationalGrid, "table demo.lsoa");
    }

    [SkippableFact]
    public void Require_DatabaseShiftingBritishNationalGrid_RefusesThePushDown()
    {
        // A definition 5 m out in x, as the OSTN15 grid can be from the Helmert transformation; rolled back after.
        using var connection = cluster.Connect();
        using var transaction = connection.BeginTransaction();
        PostGisCluster.Execute(connection, "UPDATE spatial_ref_sys SET auth_name = NULL, srtext = NULL, proj4text = '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400005 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs' WHERE srid = 27700");

        var error = Assert.Throws<InputDataException>(() => ReprojectionCheck.Require(connection, Saltmere, CoordinateSystem.Wgs84, CoordinateSystem.BritishNationalGrid, "table demo.lsoa"));

        Assert.StartsWith("table demo.lsoa:join: the database reprojects EPSG:4326 to EPSG:27700 differently from GeoNeeds (by up to 5 metres", error.Message);
    }
}
