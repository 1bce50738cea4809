using GeoNeeds.Engine.Export;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Saltmere, the invented demo town that GeoNeeds ships as its default data: about 100 LSOAs in 12 wards in
/// the open North Sea, with residents, deprivation, three years of police incidents, a force extract, service
/// referrals, a postcode lookup and two services' intake and exit forms, each in the layout of its real counterpart.
/// </summary>
/// <remarks>
/// Nothing in it describes a real place or person: the town lies at sea (British National Grid E 560000,
/// N 480000), its codes start with X (real ONS codes start with E or W), its postcodes with ZZ and its
/// force is invented. The same seed always writes byte-identical files.
/// </remarks>
public static class DemoTown
{
    /// <summary>The seed of the committed demo data.</summary>
    public const int DefaultSeed = 20261127;

    /// <summary>Writes every demo file into <paramref name="folder"/> (creating sub-folders) and returns their paths.</summary>
    public static DemoTownFiles Generate(string folder, int seed = DefaultSeed)
    {
        var root = Path.GetFullPath(folder);
        var random = new Random(seed);
        var town = DemoTownModel.Create(random);

        var lsoas = BoundaryFiles.WriteLsoas(Path.Combine(root, "boundaries", "lsoa.geojson"), town.Geography);
        var wards = BoundaryFiles.WriteWards(Path.Combine(root, "boundaries", "wards.geojson"), town.Geography);
        var authority = BoundaryFiles.WriteAuthority(Path.Combine(root, "boundaries", "authority.geojson"), town.Geography);
        var lookup = AreaTableFiles.WriteLookup(Path.Combine(root, "lookups", "lsoa_ward_lad.csv"), town.Geography);
        var population = AreaTableFiles.WritePopulation(Path.Combine(root, "population", "population_by_age_sex.csv"), town);
        var deprivation = AreaTableFiles.WriteDeprivation(Path.Combine(root, "imd", "imd2019_synthetic.csv"), town);
        // The two years of police data before the demo year draw from a stream of their own, as the case records do.
        var incidents = StreetCrimeFiles.Write(Path.Combine(root, "incidents"), town, random, new Random(unchecked((seed * 31) + 23)));
        var forceExtract = ForceExtractFile.Write(Path.Combine(root, "incidents", "force_extract_da.csv"), town, random);
        var postcodes = PostcodeDirectory.Create(town, random);
        var postcodeFile = PostcodeDirectory.Write(Path.Combine(root, "postcodes", "postcodes.csv"), postcodes);
        var referrals = ReferralFile.Write(Path.Combine(root, "referrals", "referrals.csv"), postcodes, town, random);
        // The case records draw from a stream of their own, so the files above are the same with or without them.
        var caseRecords = new Random(unchecked((seed * 31) + 17));
        var homes = PostcodeDirectory.ByDeprivation(postcodes, town);
        var outcomes = Path.Combine(root, "outcomes");
        var adultOutcomes = OutcomeFormFiles.Write(outcomes, OutcomeService.Adult, homes, caseRecords);
        var childrenOutcomes = OutcomeFormFiles.Write(outcomes, OutcomeService.Children, homes, caseRecords);
        var idvas = AreaTableFiles.WriteIdvas(Path.Combine(root, "provision", "idvas.csv"));
        var study = Path.Combine(root, DemoStudy.FileName);
        AtomicFile.WriteAllText(study, DemoStudy.Yaml());
        return new DemoTownFiles(
            lsoas, wards, authority, lookup, population, deprivation, incidents, forceExtract, referrals, postcodeFile, adultOutcomes, childrenOutcomes, idvas, study);
    }
}
