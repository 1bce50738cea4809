namespace GeoNeeds.Synthetic;

/// <summary>The full paths of the files <see cref="DemoTown.Generate"/> wrote.</summary>
/// <param name="LsoaBoundaries"><c>boundaries/lsoa.geojson</c>: LSOA polygons, British National Grid, <c>LSOA_CODE</c>, <c>LSOA_NAME</c>.</param>
/// <param name="WardBoundaries"><c>boundaries/wards.geojson</c>: ward polygons, <c>WARD_CODE</c>, <c>WARD_NAME</c>.</param>
/// <param name="AuthorityBoundary"><c>boundaries/authority.geojson</c>: the local authority, <c>LAD_CODE</c>, <c>LAD_NAME</c>.</param>
/// <param name="Lookup"><c>lookups/lsoa_ward_lad.csv</c>: ONS best-fit LSOA → ward → authority lookup layout.</param>
/// <param name="PopulationByAgeSex"><c>population/population_by_age_sex.csv</c>: <c>area_code,sex,age,population</c>.</param>
/// <param name="Deprivation"><c>imd/imd2019_synthetic.csv</c>: MHCLG IMD 2019 File 1 layout.</param>
/// <param name="PoliceIncidents"><c>incidents/YYYY-MM-saltmere-street.csv</c>: April 2023 to March 2026, month by month, in police.uk street-level layout.</param>
/// <param name="ForceExtract"><c>incidents/force_extract_da.csv</c>: force extract with a domestic-abuse flag, British National Grid.</param>
/// <param name="Referrals"><c>referrals/referrals.csv</c>: service referrals by postcode.</param>
/// <param name="Postcodes"><c>postcodes/postcodes.csv</c>: the fake postcode lookup, <c>pcds,easting,northing,lsoa_code,ward_code</c>.</param>
/// <param name="AdultOutcomes"><c>outcomes/adult_intake.csv</c> and <c>outcomes/adult_exit.csv</c>: an adult service's case forms.</param>
/// <param name="ChildrenOutcomes"><c>outcomes/children_intake.csv</c> and <c>outcomes/children_exit.csv</c>: a children's service's case forms.</param>
/// <param name="Idvas"><c>provision/idvas.csv</c>: the IDVAs in post, <c>area_code,area_name,idva_fte</c>.</param>
/// <param name="Study"><c>demo-study.yaml</c>: the demo study that runs on these files.</param>
public sealed record DemoTownFiles(
    string LsoaBoundaries,
    string WardBoundaries,
    string AuthorityBoundary,
    string Lookup,
    string PopulationByAgeSex,
    string Deprivation,
    IReadOnlyList<string> PoliceIncidents,
    string ForceExtract,
    string Referrals,
    string Postcodes,
    OutcomeFiles AdultOutcomes,
    OutcomeFiles ChildrenOutcomes,
    string Idvas,
    string Study);
